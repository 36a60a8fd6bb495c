package timex

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/internal/corpus"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// friday is the dateline of most cases: Friday 17 October 2025 (ISO week 42).
var friday = calendar.Date(2025, 10, 17)

// dateOut renders a found date as `text|TYPE|value|mod` for compact tables.
func dateOut(text string, d core.Date) string {
	s := d.Of(text) + "|" + d.Type + "|" + d.Value
	if d.Mod != "" {
		s += "|" + d.Mod
	}
	return s
}

// datesOf runs the date stage on text with dateline dct.
func datesOf(text string, dct calendar.Time) []string {
	var out []string
	for _, d := range Find(core.NewDocument(text), dct) {
		out = append(out, dateOut(text, d))
	}
	return out
}

type dateCase struct {
	name string
	text string
	want []string
}

func runDateCases(t *testing.T, dct calendar.Time, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, datesOf(tc.text, dct), tc.text)
		})
	}
}

func TestFindDatesRelative(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"weekday is the dateline", "The leaders met on Friday.", []string{"Friday|DATE|2025-10-17"}},
		{"weekday in the past", "She spoke to him on Thursday.", []string{"Thursday|DATE|2025-10-16"}},
		{"weekday possessive", "After Thursday’s call, talks resumed.", []string{"Thursday|DATE|2025-10-16"}},
		{"weekday in the future", "The minister will visit on Tuesday.", []string{"Tuesday|DATE|2025-10-21"}},
		{"future seen from the past", "The offer had been scheduled to expire on Tuesday.", []string{"Tuesday|DATE|2025-10-14"}},
		{"relative clause lends no tense", "The bank, which meets every six weeks, cut rates in August.", []string{"every six weeks|SET|P6W", "August|DATE|2025-08"}},
		{"relative clause closed later keeps the tense", "The bank, which will meet in August, is ready.", []string{"August|DATE|2026-08"}},
		{"last and next weekday", "They met last Friday and meet again next Monday.", []string{"last Friday|DATE|2025-10-10", "next Monday|DATE|2025-10-20"}},
		{"weekday night", "He spent Thursday night at the embassy.", []string{"Thursday night|TIME|2025-10-16TNI"}},
		{"deictic days", "Yesterday it rained; today it is dry and tomorrow it will snow.", []string{"Yesterday|DATE|2025-10-16", "today|DATE|2025-10-17", "tomorrow|DATE|2025-10-18"}},
		{"parts of today", "This morning the office was shut, and tonight it reopens.", []string{"This morning|TIME|2025-10-17TMO", "tonight|TIME|2025-10-17TNI"}},
		{"last night", "Firefighters worked through last night.", []string{"last night|TIME|2025-10-16TNI"}},
		{"this past and this coming", "It rained this past weekend and will clear this coming Sunday.", []string{"this past weekend|DATE|2025-W41-WE", "this coming Sunday|DATE|2025-10-19"}},
		{"this next last units", "Sales rose this year, fell last month and may rise next week.", []string{"this year|DATE|2025", "last month|DATE|2025-09", "next week|DATE|2025-W43"}},
		{"this quarter and last week", "The firm warned this quarter after a slump last week.", []string{"this quarter|DATE|2025-Q4", "last week|DATE|2025-W41"}},
		{"month alone in the past", "He returned to office in January and left in August.", []string{"January|DATE|2025-01", "August|DATE|2025-08"}},
		{"month before a name", "In June President Lula spoke.", []string{"June|DATE|2025-06"}},
		{"month alone in the future", "The plant will reopen in January.", []string{"January|DATE|2026-01"}},
		{"month far ahead in the past", "Talks collapsed in December.", []string{"December|DATE|2024-12"}},
		{"last month name", "Rates were cut last November.", []string{"last November|DATE|2024-11"}},
		{"month this year", "The bill passed in March this year.", []string{"March this year|DATE|2025-03"}},
		{"season", "Shipments slowed last winter and this summer.", []string{"last winter|DATE|2024-WI", "this summer|DATE|2025-SU"}},
		{"ago", "The mine closed three years ago and reopened two weeks ago.", []string{"three years ago|DATE|2022", "two weeks ago|DATE|2025-W40"}},
		{"days ago", "He was detained 10 days ago.", []string{"10 days ago|DATE|2025-10-07"}},
		{"back", "She wrote a few months back and again two weeks back.", []string{"a few months back|DATE|PAST_REF", "two weeks back|DATE|2025-W40"}},
		{"the year of an election", "He ran in the 2019 election, about the 2016 race.", []string{"2019|DATE|2019", "2016|DATE|2016"}},
		{"quarters", "Profit rose in the second quarter and third-quarter sales fell.", []string{"the second quarter|DATE|2025-Q2", "third-quarter|DATE|2025-Q3"}},
		{"year earlier in earnings", "Profit rose in the quarter from a year earlier.", []string{"the quarter|DATE|2025-Q3", "a year earlier|DATE|2024-Q3"}},
		{"year earlier elsewhere", "Turnout was lower a year earlier.", []string{"a year earlier|DATE|2024"}},
		{"year-ago adjective", "Sales beat the year-ago quarter and the third-quarter forecast.", []string{"the year-ago quarter|DATE|2024-Q3", "third-quarter|DATE|2025-Q3"}},
		{"the weekend gone", "Crowds gathered at the weekend.", []string{"the weekend|DATE|2025-W41-WE"}},
		{"the weekend ahead", "Crowds will gather at the weekend.", []string{"the weekend|DATE|2025-W42-WE"}},
		{"edges", "Work starts early next year and ends in mid-November.", []string{"early next year|DATE|2026|START", "mid-November|DATE|2026-11|MID"}}, // the year its sentence named (rule D21)
		{"earlier this month", "Earlier this month the union struck.", []string{"Earlier this month|DATE|2025-10|START"}},
		{"later in the day", "Later in the day the union struck, and earlier in the year it marched.", []string{"Later in the day|DATE|2025-10-17|END", "earlier in the year|DATE|2025|START"}},
		{"the end of", "The deal lapses at the end of the month.", []string{"the end of the month|DATE|2025-10|END"}},
		{"year-end", "Targets are due by year-end and reviewed at year's end.", []string{"year-end|DATE|2025|END", "year's end|DATE|2025|END"}},
	})
}

func TestFindDatesDurationsSetsRefs(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"and a half", "They spoke for two and a half hours.", []string{"two and a half hours|DURATION|PT2.5H"}},
		{"unit and a half", "The clip lasts a minute and a half.", []string{"a minute and a half|DURATION|PT1M30S"}},
		{"fraction digits", "The trial took 2 1/2 years.", []string{"2 1/2 years|DURATION|P2Y6M"}},
		{"the past n units", "Prices have risen for the past four years.", []string{"the past four years|DURATION|P4Y"}},
		{"the last digits", "No rain fell in the last 24 hours.", []string{"the last 24 hours|DURATION|PT24H"}},
		{"compound adjective", "The bond hit a five year low after a 10-year rally.", []string{"five year|DURATION|P5Y", "10-year|DURATION|P10Y"}},
		{"number words", "The siege lasted twenty-four days.", []string{"twenty-four days|DURATION|P24D"}},
		{"vague", "Repairs took several years and a few days.", []string{"several years|DURATION|PXY", "a few days|DURATION|PXD"}},
		{"couple", "It could take a couple of years.", []string{"a couple of years|DURATION|P2Y|APPROX"}},
		{"range", "Repairs take two to three weeks.", []string{"two to three weeks|DURATION|P2W"}},
		{"or so", "Prices may fall over the next year or so.", []string{"the next year or so|DATE|2026|APPROX"}},
		{"about as a preposition", "They talked about the future and about the past four years.", []string{"the future|DATE|FUTURE_REF", "the past four years|DURATION|P4Y"}},
		{"approx", "The strike lasted about six weeks.", []string{"about six weeks|DURATION|P6W|APPROX"}},
		{"at least", "He faces at least 20 more years in prison.", []string{"at least 20 more years|DURATION|P20Y|EQUAL_OR_MORE"}},
		{"the first nine months", "Sales grew 4% in the first nine months.", []string{"the first nine months|DURATION|P9M"}},
		{"a decade", "The war lasted nearly a decade.", []string{"nearly a decade|DURATION|P10Y|LESS_THAN"}},
		{"every", "The council meets every week and each Tuesday.", []string{"every week|SET|P1W", "each Tuesday|SET|XXXX-WXX-2"}},
		{"annually and rate", "It pays $500 a year, reviewed annually.", []string{"a year|SET|P1Y", "annually|SET|P1Y"}},
		{"weekdays plural", "The market opens on Sundays.", []string{"Sundays|SET|XXXX-WXX-7"}},
		{"refs", "Now the party is recently split; currently nobody knows the future.", []string{"Now|DATE|PRESENT_REF", "recently|DATE|PAST_REF", "currently|DATE|PRESENT_REF", "the future|DATE|FUTURE_REF"}},
		{"clock times", "The polls close at 9 p.m. and results come by 10:30.", []string{"9 p.m.|TIME|2025-10-17T21:00", "10:30|TIME|2025-10-17T10:30"}},
		{"clock with day", "Voting ends at 5pm Sunday.", []string{"5pm Sunday|TIME|2025-10-12T17:00"}},
		{"noon", "The deadline is noon.", []string{"noon|TIME|2025-10-17T12:00"}},
		{"british clock", "The talks, held at 2.30pm, ran until 18.00 BST.", []string{"2.30pm|TIME|2025-10-17T14:30", "18.00 BST|TIME|2025-10-17T18:00"}},
		{"decimal is not a clock", "Growth was 2.30 points and sales stood at 2.46 billion.", nil},
		{"dot clock after at", "The train left at 9.15 on Monday.", []string{"9.15 on Monday|TIME|2025-10-13T09:15"}},
	})
}

// TestFindDatesFalsePositives lists words that look like dates and are not.
func TestFindDatesFalsePositives(t *testing.T) {
	runDateCases(t, friday, []dateCase{
		{"may as a modal", "The deal May collapse, and ministers may resign.", nil},
		{"march as a verb", "Protesters will march on the capital. March organisers agreed.", nil},
		{"names", "Will Smith met Theresa May and Mr Sun at the Mar Hotel.", nil},
		{"month as a name", "April Ryan asked a question.", nil},
		{"weekday abbreviation alone", "The Sun reported it; Sat nearby.", nil},
		{"counts are not years", "About 2,000 people and 1500 troops marched; the 1,015 votes counted.", nil},
		{"percent", "Turnout was 1999 percent of nothing.", nil},
		{"the war", "The war began long before the talks.", nil},
		{"fractions", "A quarter of the vote went to him.", nil},
		{"programme name", "He told This Week that he would stay.", nil},
		{"adjectives", "The daily newspaper printed quarterly earnings.", nil},
		{"last minute", "It was a last-minute deal.", nil},
		{"weekday in a name", "The Good Friday Agreement was cited by the Sunday Times.", nil},
		{"future as an adjective", "He toured the future Trump hotel with the future president.", nil},
		{"newspaper name", "She told USA TODAY so.", nil},
		{"the fall in prices", "The fall in prices hurt; the fall of the regime followed.", nil},
		{"a match's half", "He scored in the second half.", nil},
	})
}

// TestFindDatesSeasonsInWinter checks seasons from a February dateline,
// still in the winter that began the year before.
func TestFindDatesSeasonsInWinter(t *testing.T) {
	february := calendar.Date(2026, 2, 10)
	runDateCases(t, february, []dateCase{
		{"seasons", "Sales slowed last fall, this winter is mild, and they recover next spring.",
			[]string{"last fall|DATE|2025-FA", "this winter|DATE|2025-WI", "next spring|DATE|2026-SP"}},
	})
}

func TestFindDatesNoDateline(t *testing.T) {
	runDateCases(t, calendar.Time{}, []dateCase{
		{"weekday", "The leaders met on Friday.", []string{"Friday|DATE|XXXX-WXX-5"}},
		{"month day", "Ballots are counted on October 17.", []string{"October 17|DATE|XXXX-10-17"}},
		{"month", "He returned in January.", []string{"January|DATE|XXXX-01"}},
		{"deictic", "It rained yesterday.", []string{"yesterday|DATE|XXXX-XX-XX"}},
		{"relative units", "Sales rose last year and this week.", []string{"last year|DATE|XXXX", "this week|DATE|XXXX-WXX"}},
		{"weekday night", "He left on Thursday night.", []string{"Thursday night|TIME|XXXX-WXX-4TNI"}},
		{"clock", "It starts at 3 p.m.", []string{"3 p.m.|TIME|XXXX-XX-XXT15:00"}},
		{"absolute stays", "It was signed on 17 October 2025.", []string{"17 October 2025|DATE|2025-10-17"}},
		{"duration stays", "It lasted the past four years.", []string{"the past four years|DURATION|P4Y"}},
		{"quarter", "Output fell in the third quarter.", []string{"the third quarter|DATE|XXXX-Q3"}},
	})
}

func TestDetectDateline(t *testing.T) {
	cases := []struct {
		name string
		text string
		want string // "" when none
	}{
		{"date cue", " date 2025-10-17 A caption runs on here for a while with words and more words and more words still.\n\nBody.", "2025-10-17"},
		{"published", "Headline here\nPublished 17 October 2025\nThe story begins on Thursday.", "2025-10-17"},
		{"updated with time", "Updated: Oct. 17, 2025 at 3 p.m.\n\nBody text.", "2025-10-17"},
		{"place dateline", "WASHINGTON, Oct. 17, 2025 — The Senate voted on a long list of measures that had been pending for months in committee.", "2025-10-17"},
		{"short line", "By Jane Doe\nMarch 3, 2024\n\nBody.", "2024-03-03"},
		{"iso date and time", "2025-10-17T14:30:00Z\n\nBody.", "2025-10-17"},
		{"weekday and time line", "Friday 17 October 2025 10.01 BST\n\nBody.", "2025-10-17"},
		{"numeric day first", "Last updated: 17/10/2025\n\nBody.", "2025-10-17"},
		{"historic date opening the article", "On 6 June 1944, the Allies landed.\n\nEighty years on, veterans returned.", ""},
		{"article before a date", "A March 2, 2015 exchange between the two aides was published in full by the site on Tuesday afternoon.", ""},
		{"cue inside a word", "The candidate 17 October 2025 spoke at length about many things in the long opening paragraph of a story.", ""},
		{"historic date in body", "The long article opens with a sentence about history, and only later, in the middle of it, mentions that on 6 June 1944 troops landed.", ""},
		{"no full date", "The leaders met on Friday.", ""},
		{"empty", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := DetectDateline(core.NewDocument(tc.text))
			if tc.want == "" {
				assert.False(t, ok, "found %v", got)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tc.want, core.FormatDay(got))
		})
	}
}

// TestFindDatesOddInput checks that odd input never panics and that spans
// stay in bounds, on rune boundaries, in order and without overlap.
func TestFindDatesOddInput(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n\n", "2025-", "2025-10-", "10/", "10/17/", "Oct.", "Oct", "the", "the past", "a", "two and a",
		"\xff\xfe Friday \xc3", "Friday\xe2\x80", "’", "’9", "’90", "3:", "3:5", "12:60 p.m", "9 a.", "every", "last",
		"nineteen", "twenty-", "the end of", "\u00a0May\u00a0", "１９９０", "99999999999999999999 years",
		strings.Repeat("Friday ", 3000), strings.Repeat("x", 10000) + " 2025",
		strings.Repeat("the past ", 2500) + "four years",
	}
	for _, dct := range []calendar.Time{friday, {}} {
		for _, in := range inputs {
			for _, d := range Find(core.NewDocument(in), dct) {
				require.True(t, 0 <= d.Start && d.Start < d.End && d.End <= len(in), "span %v of %q", d.Span, in)
				require.True(t, core.OnBoundary(in, d.Start) && core.OnBoundary(in, d.End), "span %v of %q", d.Span, in)
				require.NotEmpty(t, d.Value)
			}
			_, _ = DetectDateline(core.NewDocument(in))
		}
	}
}

// FuzzFindDates checks the same invariants on random input.
func FuzzFindDates(f *testing.F) {
	for _, s := range []string{"Friday, Oct. 17, 2025", "the past four years", "3 p.m. Sunday", "’90s", "2 1/2 years ago", "\xffMay 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		last := 0
		for _, d := range Find(core.NewDocument(in), friday) {
			if d.Start < last || d.End <= d.Start || d.End > len(in) || !core.OnBoundary(in, d.Start) || !core.OnBoundary(in, d.End) {
				t.Fatalf("bad span %v in %q", d.Span, in)
			}
			last = d.End
		}
	})
}

// dateBenchText is a few hundred KB of sentences of our own, repeated: a
// third of them carry dates, about one time expression per 200 bytes, a
// little denser than news (TimeBank has one per 400 bytes).
func dateBenchText() string {
	var b strings.Builder
	sentences := []string{
		"The leaders met on Friday and agreed to speak again next week, officials said.",
		"Profit rose 4% in the third quarter from a year earlier, the company said on Thursday.",
		"He spent two and a half hours with the minister, who has held office for the past four years.",
		"Protesters will march on the capital in May, organisers said, after a rally on 17 October 2025.",
		"Shares fell to a five year low; the index has not been this weak since the 1990s.",
		"“We need more time,” she told reporters at 3 p.m. on Tuesday, adding that talks could last several months.",
		"The museum, which opens every day except Mondays, drew 2,000 visitors last year.",
		"Nobody quoted here said anything about dates, prices or the weather in the capital city.",
		"The committee, which includes members from both parties, published a report on the state of the rail network and the cost of repairs.",
		"Residents of the coastal town have complained for a long time about noise from the port, according to the local council.",
		"“This is an important moment for all of us,” the mayor said in a statement, thanking volunteers who cleared the flooded streets.",
		"Analysts expect the central bank to hold rates, although some argue that inflation remains stubbornly high across the region.",
		"The opposition leader accused the government of failing to deliver on promises made to farmers and small businesses.",
		"Officials at the ministry declined to comment on the report, saying that an inquiry was still under way.",
		"Several hundred people gathered outside the court, many of them carrying banners and chanting slogans.",
		"The company, which employs about 4,000 people across the region, said the plant would remain open.",
		"Police said a man had been arrested on suspicion of assault and was being held for questioning.",
		"Critics argue that the plan does too little to protect tenants, while landlords say it goes too far.",
		"Her lawyer told reporters outside the building that his client would appeal against the decision.",
		"The museum's new wing, designed by a local architect, houses a collection of maps and manuscripts.",
		"Supporters of the bill say it will cut waiting lists, but doctors warn that staff shortages remain severe.",
		"In a statement, the club thanked its fans for their patience and promised to rebuild the squad.",
		"Residents described hearing a loud bang followed by the sound of breaking glass and car alarms.",
		"The report found that nearly a third of households in the district struggled to pay their energy bills.",
		"A spokesman for the airline apologised to passengers and said refunds would be offered to all of them.",
	}
	for b.Len() < 300<<10 {
		for i, s := range sentences {
			b.WriteString(s)
			if i%3 == 2 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

func BenchmarkFindDates(b *testing.B) {
	text := dateBenchText()
	d := core.NewDocument(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Find(d, friday)
		words.Forget(d) // the stage alone reads the words, every time
	}
}

// BenchmarkFindDatesNews runs the date stage alone over the news corpus of
// BenchmarkAnnotate, split into paragraphs beforehand (the words are read
// again every time, as the first stage of Annotate reads them).
func BenchmarkFindDatesNews(b *testing.B) {
	docs, size := corpus.Documents(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Find(d, friday)
			words.Forget(d)
		}
	}
}

// TestDateBenchTextFindsDates keeps the benchmark honest: it must find
// dates in every repetition of its sentences.
func TestDateBenchTextFindsDates(t *testing.T) {
	text := dateBenchText()
	n := len(Find(core.NewDocument(text), friday))
	reps := strings.Count(text, "The leaders met on Friday")
	one := dateBenchText()[:strings.Index(text[1:], "The leaders met on Friday")+1]
	perRep := len(Find(core.NewDocument(one), friday))
	require.Greater(t, perRep, 10)
	assert.Equal(t, perRep*reps, n, fmt.Sprintf("%d repetitions", reps))
	assert.True(t, utf8.ValidString(text))
}

func TestLookupDateWordAt(t *testing.T) {
	// Inside a longer text (packed eight bytes at a time) and at the end
	// of one (byte by byte), a word gets the class lookupDateWord gives.
	for _, w := range []string{"January", "THE", "the", "a", "of", "At", "yesterday", "Thursday", "weekends",
		"approximately", "the", "Xmas", "thursdays", "sept"} {
		wantKind, wantVal := lookupDateWord(w)
		for _, text := range []string{"(" + w + ") and some more words", w} {
			i := strings.Index(text, w)
			kind, val := lookupDateWordAt(text, i, i+len(w))
			assert.Equal(t, [2]int{int(wantKind), int(wantVal)}, [2]int{int(kind), int(val)}, "%q in %q", w, text)
		}
	}
}
