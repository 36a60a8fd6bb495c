package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Short names of organisations (rule S7 for a firm): on second reference
// a company or body named with an organisation noun at its end ("Harlow
// Foods", "Vantor Motors") is named without it ("Harlow said in a
// statement"), and that short name is the organisation, unless someone
// else bears it. Source: AP Stylebook, "company names" (a shortened name
// on second reference); Reuters Handbook of Journalism, "company names".

// keyOrgShort keys an organisation's name without the organisation noun
// that ends it: the latest organisation named so.
const keyOrgShort = 's'

// indexShortName records the short name of organisation i, whose name
// nameSpan ends with the organisation noun last.
func (c *clusters) indexShortName(i int, nameSpan, last core.Span) {
	short := strings.TrimRight(c.text[nameSpan.Start:last.Start], " \t\n")
	if short != "" && last.Start > nameSpan.Start {
		c.byKey.set(keyHash(keyOrgShort, short), int32(i))
	}
}

// shortNameOf returns the organisation whose short name is name, or -1.
func (c *clusters) shortNameOf(name string) int {
	if i, ok := c.byKey.get(keyHash(keyOrgShort, name)); ok {
		return int(i)
	}
	return -1
}
