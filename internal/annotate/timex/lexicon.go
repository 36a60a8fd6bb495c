package timex

import (
	"errors"
	"slices"
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/lexicon"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// dlexKind is the class of a word in the date lexicon.
type dlexKind uint8

const (
	dlexNone        dlexKind = iota
	dlexMonth                // january ... december; val 1-12
	dlexMonthAbbr            // jan, feb, ..., sept; val 1-12 (needs a day, a year or a full stop)
	dlexWeekday              // monday ... sunday; val 1-7 (ISO, Monday = 1)
	dlexWeekdays             // mondays ...; val 1-7 (a SET)
	dlexNumWord              // one ... ninety; val the number
	dlexHundred              // hundred, thousand; val 100, 1000
	dlexOrdinal              // first ... twentieth, thirtieth; val 1-20, 30
	dlexUnit                 // second ... century; val a unit
	dlexUnits                // the plural of a unit; val a unit
	dlexSeason               // spring, summer, fall, autumn, winter; val a season
	dlexPartOfDay            // morning, afternoon, evening, night; val a part
	dlexDeictic              // today, yesterday, tomorrow, tonight; val the day offset (tonight 10)
	dlexRef                  // now, currently, recently, ...; val a reference
	dlexRel                  // last, next, this, past, coming, previous, latest, current, recent, following; val a relation
	dlexApprox               // about, around, nearly, ...; val a modifier
	dlexEdge                 // early, late, mid, earlier, later; val a modifier
	dlexAgo                  // ago, hence
	dlexEvery                // every, each, per
	dlexSetAdv               // weekly, monthly, annually, yearly, hourly; val a unit
	dlexThe                  // the
	dlexA                    // a, an
	dlexOf                   // of
	dlexAnd                  // and
	dlexFiscal               // fiscal
	dlexFew                  // few, several, many, couple, dozen; val 2 for couple, 12 for dozen, 0 unknown
	dlexHalf                 // half
	dlexPrep                 // in, on, since, until, by, ... (a month needs one when ambiguous)
	dlexPast                 // a past-tense cue: was, had, began, ...
	dlexFuture               // a future cue: will, shall, expected, ...
	dlexTimeZone             // est, gmt, utc, ...
	dlexNoon                 // noon, midday (12), midnight (24)
	dlexWeekend              // weekend
	dlexWeekendPl            // weekends
	dlexTitle                // Mr, Mrs, Dr, St: a full stop after it does not end a sentence
	dlexQuantAdj             // more, additional, full, ...: between a number and its unit
	dlexCompar               // less, fewer, up: "less than", "up to" before a quantity ("more" is a dlexQuantAdj)
	dlexWeekdayAbbr          // mon, tue, ..., sun; val 1-7 (only before a full date)
	dlexHoliday              // christmas, halloween, ...; val month*100+day
	dlexDecadeWord           // twenties ... nineties; val 2-9
	dlexPhase                // beginning, start (START), end (END), middle (MID): "the end of the month"
	dlexCountNoun            // people, percent, ...: a four-digit number before it is a count, not a year
	dlexAnaphor              // that (1), same (2): "that year", "the same day" point to the story's date; these (3): "these days"
	dlexQuarterQ             // q: "Q3", "Q3 2025" (a quarter, in capitals)
	dlexFreq                 // once, twice, thrice; val how many times: "twice a year" (a SET)
)

// Units of time, in increasing size.
const (
	unitSecond = iota + 1
	unitMinute
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitQuarter
	unitYear
	unitDecade
	unitCentury
)

// Relations of dlexRel.
const (
	relLast = iota + 1
	relNext
	relThis
	relPast
	relComing
	relPrevious
	relLatest
	relCurrent
	relRecent
	relFollowing
)

// Modifiers of dlexApprox and dlexEdge, in TIMEX3 terms.
const (
	modApprox = iota + 1
	modLessThan
	modMoreThan
	modEqualOrLess
	modEqualOrMore
	modStart
	modEnd
	modMid
)

var modNames = [...]string{"", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "END", "MID"}

// References of dlexRef.
const (
	refPresent = iota + 1
	refPast
	refFuture
)

// Seasons and parts of day, with their TIMEX3 codes.
var (
	seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
	partCodes   = [...]string{"", "MO", "AF", "EV", "NI", "DT"}
)

const (
	partMorning = iota + 1
	partAfternoon
	partEvening
	partNight
)

// dateLexicon is the date lexicon (words.txt), read once into the date
// half of the engine's one word table (package words) and only read after.
// A word's value in it is its value (an int16) in the low half, its class
// in the third byte and candBit in the top one when the grammar may start
// at the word (startsWord): the order of the fields val, lex and cand of
// a dtoken, which appendRun stores in one move.
var dateLexicon = buildDateLexicon(wordsFile)

// The list files (wordsFile is words.txt, and so on) are read from
// lists_gen.go, which holds each as a string variable: go:embed would
// bring package embed, and with it io/fs and time, into the WebAssembly
// modules (see internal/annotate/internal/listgen). Run go generate after
// editing a list: TestListsGenerated fails until then.
//
//go:generate go run ../internal/listgen/genlists -o lists_gen.go wordsFile=words.txt lastingFile=lasting.txt placesFile=places.txt britishFile=british.txt titlesFile=titles.txt recordsFile=records.txt gamesFile=games.txt scheduleFile=schedule.txt

// dlexKindNames names the classes in words.txt.
var dlexKindNames = [...]string{
	dlexMonth: "month", dlexMonthAbbr: "monthabbr", dlexWeekday: "weekday", dlexWeekdays: "weekdays",
	dlexNumWord: "numword", dlexHundred: "hundred", dlexOrdinal: "ordinal", dlexUnit: "unit", dlexUnits: "units",
	dlexSeason: "season", dlexPartOfDay: "partofday", dlexDeictic: "deictic", dlexRef: "ref", dlexRel: "rel",
	dlexApprox: "approx", dlexEdge: "edge", dlexAgo: "ago", dlexEvery: "every", dlexSetAdv: "setadv",
	dlexThe: "the", dlexA: "a", dlexOf: "of", dlexAnd: "and", dlexFiscal: "fiscal", dlexFew: "few",
	dlexHalf: "half", dlexPrep: "prep", dlexPast: "past", dlexFuture: "future", dlexTimeZone: "timezone",
	dlexNoon: "noon", dlexWeekend: "weekend", dlexWeekendPl: "weekendpl", dlexTitle: "title",
	dlexQuantAdj: "quantadj", dlexCompar: "compar", dlexWeekdayAbbr: "weekdayabbr", dlexHoliday: "holiday",
	dlexDecadeWord: "decadeword", dlexPhase: "phase", dlexCountNoun: "countnoun",
	dlexAnaphor: "anaphor", dlexQuarterQ: "quarterq", dlexFreq: "freq",
}

// buildDateLexicon reads the lexicon file; a malformed line is a
// programmer error and panics (TestDateLexiconFile checks the file).
func buildDateLexicon(data string) words.Half {
	t := words.Date
	for _, e := range lexicon.Parse(data) {
		kind, val, err := parseDateEntry(e)
		if err != nil {
			panic(err)
		}
		t.Add(e.Word, uint32(uint16(val))|uint32(kind)<<16|candBit*uint32(core.B2I(startsWord(kind, val))))
	}
	return t
}

// candBit is the bit of a word's value in the lexicon that says the
// grammar may start at it (dtoken.cand).
const candBit = 1 << 24

// startsWord reports whether the grammar may start at a word of class kind
// and value val, by its class alone (what canStart says first): never at
// a class that opens no expression, at a preposition only when it is "at"
// (val 1: "at least").
func startsWord(kind dlexKind, val int16) bool {
	switch kind {
	case dlexNone, dlexOf, dlexAnd, dlexPast, dlexFuture, dlexTimeZone, dlexTitle, dlexCountNoun, dlexPartOfDay,
		dlexAgo, dlexHundred, dlexWeekend, dlexPhase:
		return false
	case dlexPrep:
		return val == 1
	}
	return true
}

// parseDateEntry reads the class and the value of a lexicon entry.
func parseDateEntry(e lexicon.Entry) (dlexKind, int16, error) {
	if len(e.Fields) != 2 {
		return 0, 0, errors.New("date lexicon, line " + strconv.Itoa(e.Line) + ": want word, class and value")
	}
	kind := dlexKind(slices.Index(dlexKindNames[:], e.Fields[0]))
	if kind <= dlexNone {
		return 0, 0, errors.New("date lexicon, line " + strconv.Itoa(e.Line) + ": unknown class " + strconv.Quote(e.Fields[0]))
	}
	val, err := strconv.ParseInt(e.Fields[1], 10, 16)
	if err != nil {
		return 0, 0, errors.New("date lexicon, line " + strconv.Itoa(e.Line) + ": bad value " + strconv.Quote(e.Fields[1]))
	}
	return kind, int16(val), nil
}

// lookupDateWord returns the lexicon class of word and its value, compared
// ignoring ASCII case.
func lookupDateWord(word string) (dlexKind, int16) {
	return dateEntry(dateLexicon.Lookup(word))
}

// lookupDateWordAt is lookupDateWord(text[i:j]) for a word of ASCII
// letters, packed eight bytes at a time.
func lookupDateWordAt(text string, i, j int) (dlexKind, int16) {
	return dateEntry(dateLexicon.LookupLettersAt(text, i, j))
}

// dateEntry splits a value of the table into a class and a value.
func dateEntry(v uint32) (dlexKind, int16) { return dlexKind(v >> 16), int16(v) }

// dateCand is the cand of a word of value v in the table: 1 when the
// grammar may start at it.
func dateCand(v uint32) uint8 { return uint8(v >> 24) }
