package timex

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// The order of numeric dates (rules D32, D44): "03/04/2025" is 4 March in
// American usage and 3 April in British and most other usage. The article
// says which where it can: a date it writes with a month name ("17
// October" day first, "October 17" month first), else its dateline place
// ("LONDON —", "PARIS (AFP) -"), else its spelling ("colour",
// "organisation"); with none of them, month first (US).

// DateOrder is the order of day and month that [FindWithOrder] assumed for
// the numeric dates of an article: [DayFirst], [MonthFirst], or "" when it
// read none.
type DateOrder string

// The orders of numeric dates.
const (
	DayFirst   DateOrder = "day-first"
	MonthFirst DateOrder = "month-first"
)

// placesFile (places.txt) and britishFile (british.txt) are in
// lists_gen.go.

// dayFirstPlaces are the dateline places of places.txt, lower case.
var dayFirstPlaces = func() []string {
	var out []string
	for _, line := range strings.Split(placesFile, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out = append(out, line)
		}
	}
	return out
}()

// britishWords are the spellings of british.txt.
var britishWords = func() *lexicon.Table {
	t := new(lexicon.Table)
	for _, e := range lexicon.Parse(britishFile) {
		t.Add(e.Word, 1)
	}
	return t
}()

// articleDayFirst reports whether the article of text writes its dates
// day first by its dateline place or its spelling (rule D44). It reads the
// text once, the first time a numeric date needs it.
func (r *dresolver) articleDayFirst(text string) bool {
	if !r.localeRead {
		r.localeRead = true
		r.localeDayFirst = datelinePlaceDayFirst(text) || britishSpelling(text)
	}
	return r.localeDayFirst
}

// datelinePlaceDayFirst reports whether the text opens (on one of its
// first lines) with a dateline place of places.txt in capitals, followed
// by a comma, a bracket or a dash: "LONDON, 17 Oct —", "PARIS (AFP) -".
func datelinePlaceDayFirst(text string) bool {
	const lines = 4
	rest := text[:min(len(text), 600)]
	for n := 0; n < lines && rest != ""; n++ {
		line := rest
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			line, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		line = strings.TrimLeft(line, " \t*_#")
		end := 0
		for end < len(line) && (line[end] >= 'A' && line[end] <= 'Z' || line[end] == ' ' || line[end] == '.') {
			end++
		}
		place := strings.TrimSpace(line[:end])
		if len(place) < 4 || !opensDatelineRest(line[end:]) {
			continue
		}
		for _, p := range dayFirstPlaces {
			if strings.EqualFold(place, p) {
				return true
			}
		}
	}
	return false
}

// opensDatelineRest reports whether what follows a dateline place starts
// with a comma, a bracket or a dash.
func opensDatelineRest(rest string) bool {
	for _, mark := range [...]string{",", "(", "-", "\u2014", "\u2013"} {
		if strings.HasPrefix(rest, mark) {
			return true
		}
	}
	return false
}

// britishSpelling reports whether text writes two British spellings in
// lower case.
func britishSpelling(text string) bool {
	n := 0
	for i := 0; i < len(text); {
		if !dLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && dLetter(text[j]) {
			j++
		}
		if text[i] >= 'a' && text[i] <= 'z' && britishWords.LookupAt(text, i, j) != 0 {
			if n++; n == 2 {
				return true
			}
		}
		i = j
	}
	return false
}

// numericOrder is the order of the numeric date of parts a/b (a
// first): day first when a cannot be a month, month first when b cannot
// be one, else the article's (rules D32, D44).
func (p *dateParser) numericOrder(a, b int) dateOrder {
	switch {
	case a > 12:
		return orderDayFirst
	case b > 12:
		return orderMonthFirst
	case p.r.order == orderDayFirst:
		return orderDayFirst
	case p.r.order == orderNone && p.r.articleDayFirst(p.text):
		return orderDayFirst
	}
	return orderMonthFirst
}

// orderName is the public name of order o.
func orderName(o dateOrder) DateOrder {
	switch o {
	case orderDayFirst:
		return DayFirst
	case orderMonthFirst:
		return MonthFirst
	}
	return ""
}
