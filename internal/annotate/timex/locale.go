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
var britishWords = lexicon.Set(britishFile)

// articleDayFirst reports whether the article of text writes its dates
// day first by its dateline place or its spelling (rule D44). It reads the
// text once, the first time a numeric date needs it.
func (r *dresolver) articleDayFirst(text string) bool {
	if !r.localeRead {
		r.localeRead = true
		if dayFirst, ok := numericDatesSay(text); ok {
			r.localeDayFirst = dayFirst
		} else {
			r.localeDayFirst = datelinePlaceDayFirst(text) || britishSpelling(text) || dotClockWithSuffix(text)
		}
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

// numericDatesSay reads the order of the article's numeric dates from one
// of them that can be read only one way ("26/02/2026" is day first,
// "02/26/2026" month first): the first such date decides for all, since
// an article keeps one convention. ok is false when none can.
func numericDatesSay(text string) (dayFirst, ok bool) {
	for i := 0; i < len(text); i++ {
		if text[i] != '/' || (i > 0 && !dDigit(text[i-1])) {
			continue
		}
		a, as := numberBefore(text, i)
		b, be := numberAfter(text, i+1)
		if as < 0 || be < 0 || be >= len(text) || text[be] != '/' {
			continue
		}
		if _, ye := numberAfter(text, be+1); ye < 0 || ye-(be+1) != 4 && ye-(be+1) != 2 {
			continue // a year of two or four digits: "26/02/2026", "26/02/26"
		}
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			return true, true
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			return false, true
		}
		i = be
	}
	return false, false
}

// numberBefore is the number of one or two digits ending just before byte
// i of text, and where it starts (-1 when there is none, or more digits).
func numberBefore(text string, i int) (int, int) {
	s := i
	for s > 0 && i-s < 3 && dDigit(text[s-1]) {
		s--
	}
	if s == i || i-s > 2 || (s > 0 && (dDigit(text[s-1]) || text[s-1] == '/')) {
		return 0, -1
	}
	n := 0
	for k := s; k < i; k++ {
		n = 10*n + int(text[k]-'0')
	}
	return n, s
}

// numberAfter is the number of digits starting at byte i of text (at most
// four), and where it ends (-1 when there is none).
func numberAfter(text string, i int) (int, int) {
	e, n := i, 0
	for e < len(text) && e-i < 5 && dDigit(text[e]) {
		n = 10*n + int(text[e]-'0')
		e++
	}
	if e == i || e-i > 4 {
		return 0, -1
	}
	return n, e
}

// dotClockWithSuffix reports whether text writes a clock time with a full
// stop and a joined am or pm ("7.30pm", "10.15am"), as British papers do
// (Guardian and BBC style; AP and US papers write "7:30 p.m.").
func dotClockWithSuffix(text string) bool {
	for i := 1; i+4 < len(text); i++ {
		if text[i] != '.' || !dDigit(text[i-1]) || !dDigit(text[i+1]) || !dDigit(text[i+2]) {
			continue
		}
		s := i - 1
		if s > 0 && dDigit(text[s-1]) {
			s--
		}
		if s > 0 && (dDigit(text[s-1]) || text[s-1] == '.' || text[s-1] == ',') {
			continue
		}
		w := text[i+3 : i+5]
		if (w == "am" || w == "pm") && (i+5 == len(text) || !dLetter(text[i+5])) {
			return true
		}
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
