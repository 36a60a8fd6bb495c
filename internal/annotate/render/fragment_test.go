package render

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsroom/annotator/internal/annotate/core"
)

func TestFragmentContrast(t *testing.T) {
	for i, bg := range append(FragmentColors[:], fragmentNoSpeaker) {
		assert.GreaterOrEqual(t, contrast(t, fragmentText, bg), 4.5, "colour %d", i)
	}
}

func TestFragment(t *testing.T) {
	s1 := "s1"
	tests := []struct {
		name, text string
		res        Annotations
		want       string
	}{
		{"a labelled quote, a mention and a date",
			"“Go,” Ana said on Friday.",
			Annotations{
				Quotes:   []core.Quote{{ID: "q1", Span: core.Span{Start: 0, End: 9}, Speaker: &s1}},
				Speakers: []core.Speaker{{ID: "s1", Name: "Ana Duarte", Mentions: []core.Mention{{Span: core.Span{Start: 10, End: 13}}}}},
				Dates:    []core.Date{{Span: core.Span{Start: 22, End: 28}, Type: "DATE", Value: "2025-10-17"}},
			},
			`<div style="color:#1b1b1f;background-color:#ffffff;font-family:Georgia,'Times New Roman',serif;line-height:1.6;"><p>` +
				`<mark style="background-color:#b9e3ff;color:#1b1b1f;text-decoration:underline solid;" title="quote by Ana Duarte">` +
				`<span style="font-family:Arial,Helvetica,sans-serif;font-size:0.75em;font-weight:bold;">[Ana Duarte]</span> “Go,”</mark> ` +
				`<mark style="background-color:transparent;color:inherit;font-weight:bold;">Ana</mark> said on ` +
				`<mark style="background-color:transparent;color:inherit;border-bottom:1px dotted #6b3fb8;">Friday</mark>.</p>` + "\n</div>"},
		{"unattributed, and markup in the article is text",
			"“<img src=x onerror=alert(1)>” was written.",
			Annotations{Quotes: []core.Quote{{ID: "q1", Span: core.Span{Start: 0, End: 34}}}},
			`<div style="color:#1b1b1f;background-color:#ffffff;font-family:Georgia,'Times New Roman',serif;line-height:1.6;"><p>` +
				`<mark style="background-color:#e4e4e7;color:#1b1b1f;text-decoration:underline dotted;" title="quote by unattributed">` +
				`<span style="font-family:Arial,Helvetica,sans-serif;font-size:0.75em;font-weight:bold;">[unattributed]</span> “&lt;img src=x onerror=alert(1)&gt;”</mark> was written.</p>` + "\n</div>"},
	}
	speakers := map[string]FragmentSpeaker{"s1": {Name: "Ana Duarte", Palette: 1}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Fragment(tt.text, tt.res, speakers))
		})
	}
}

// TestFragmentCarriesNoIDs checks a Markdown article with a quote across
// an element boundary: pieces stay labelled once, and no id, tabindex,
// class or data attribute reaches the fragment.
func TestFragmentCarriesNoIDs(t *testing.T) {
	s1 := "s1"
	text := "# Pier\n\n“We will *rebuild* it,” said [Ines](https://example.org) <script>x</script>."
	start := strings.Index(text, "“")
	end := strings.Index(text, "”") + len("”")
	got := Fragment(text, Annotations{Format: core.FormatMarkdown,
		Quotes:   []core.Quote{{ID: "q1", Span: core.Span{Start: start, End: end}, Speaker: &s1}},
		Speakers: []core.Speaker{{ID: "s1", Name: "Ines <Moreau>"}},
	}, map[string]FragmentSpeaker{"s1": {Name: "Ines <Moreau>"}})
	assert.NotRegexp(t, regexp.MustCompile(`\s(id|tabindex|data-[a-z-]+|on[a-z]+)=`), got)
	assert.NotContains(t, got, "<script")
	assert.Equal(t, 1, strings.Count(got, "[Ines &lt;Moreau&gt;]"), got)
	assert.Contains(t, got, "<em>rebuild</em>")
}
