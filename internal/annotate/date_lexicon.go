package annotate

// lexKind is the class of a word in the date lexicon.
type lexKind uint8

const (
	lexNone      lexKind = iota
	lexMonth             // january ... december; val 1-12
	lexMonthAbbr         // jan, feb, ..., sept; val 1-12 (needs a day, a year or a full stop)
	lexWeekday           // monday ... sunday; val 1-7 (ISO, Monday = 1)
	lexWeekdays          // mondays ...; val 1-7 (a SET)
	lexNumWord           // one ... ninety; val the number
	lexHundred           // hundred, thousand; val 100, 1000
	lexOrdinal           // first ... thirty-first; val 1-31
	lexUnit              // second ... century; val a unit
	lexUnits             // the plural of a unit; val a unit
	lexSeason            // spring, summer, fall, autumn, winter; val a season
	lexPartOfDay         // morning, afternoon, evening, night; val a part
	lexDeictic           // today, yesterday, tomorrow, tonight; val the day offset (tonight 10)
	lexRef               // now, currently, recently, ...; val a reference
	lexRel               // last, next, this, past, coming, previous, latest, current, recent, following; val a relation
	lexApprox            // about, around, nearly, ...; val a modifier
	lexEdge              // early, late, mid, earlier, later; val a modifier
	lexAgo               // ago, hence
	lexEvery             // every, each, per
	lexSetAdv            // daily, weekly, ...; val a unit
	lexThe               // the
	lexA                 // a, an
	lexOf                // of
	lexAnd               // and
	lexFiscal            // fiscal
	lexFew               // few, several, many, couple, dozen; val 2 for couple, 12 for dozen, 0 unknown
	lexHalf              // half
	lexPrep              // in, on, since, until, by, ... (a month needs one when ambiguous)
	lexPast              // a past-tense cue: was, had, began, ...
	lexFuture            // a future cue: will, shall, expected, ...
	lexTimeZone          // est, gmt, utc, ...
	lexNoon              // noon, midday (12), midnight (24)
	lexWeekend           // weekend
	lexWeekendPl         // weekends
	lexTitle             // Mr, Mrs, Dr, St: a full stop after it does not end a sentence
	lexQuantAdj          // more, additional, full, ...: between a number and its unit
	lexCompar            // more, less, fewer, up: "more than", "up to" before a quantity
	lexCountNoun         // people, percent, ...: a four-digit number before it is a count, not a year
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

// Relations of lexRel.
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

// Modifiers of lexApprox and lexEdge, in TIMEX3 terms.
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

// References of lexRef.
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

type lexEntry struct {
	kind lexKind
	val  int16
}

// lexicon maps a lower-case word to its class. It is read-only.
var lexicon = buildLexicon()

func buildLexicon() map[string]lexEntry {
	m := map[string]lexEntry{}
	add := func(kind lexKind, val int, words ...string) {
		for _, w := range words {
			m[w] = lexEntry{kind, int16(val)}
		}
	}
	months := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	for i, w := range months {
		add(lexMonth, i+1, w)
	}
	for i, w := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if w != "" {
			add(lexMonthAbbr, i+1, w)
		}
	}
	add(lexMonthAbbr, 9, "sept")
	for i, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		add(lexWeekday, i+1, w)
		add(lexWeekdays, i+1, w+"s")
	}
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		add(lexNumWord, i, w)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		add(lexNumWord, 20+10*i, w)
	}
	add(lexHundred, 100, "hundred")
	add(lexHundred, 1000, "thousand")
	for i, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"} {
		add(lexOrdinal, i+1, w)
	}
	add(lexOrdinal, 30, "thirtieth")
	for i, p := range [][2]string{{"", ""}, {"second", "seconds"}, {"minute", "minutes"}, {"hour", "hours"}, {"day", "days"},
		{"week", "weeks"}, {"month", "months"}, {"quarter", "quarters"}, {"year", "years"}, {"decade", "decades"}, {"century", "centuries"}} {
		if i == 0 {
			continue
		}
		if p[0] != "second" { // "second" is read as the ordinal; "seconds" is the unit
			add(lexUnit, i, p[0])
		}
		add(lexUnits, i, p[1])
	}
	add(lexUnit, unitWeek, "fortnight")
	add(lexSeason, 1, "spring")
	add(lexSeason, 2, "summer")
	add(lexSeason, 3, "fall", "autumn")
	add(lexSeason, 4, "winter")
	add(lexPartOfDay, partMorning, "morning")
	add(lexPartOfDay, partAfternoon, "afternoon")
	add(lexPartOfDay, partEvening, "evening")
	add(lexPartOfDay, partNight, "night")
	add(lexDeictic, 0, "today")
	add(lexDeictic, -1, "yesterday")
	add(lexDeictic, 1, "tomorrow")
	add(lexDeictic, 10, "tonight")
	add(lexRef, refPresent, "now", "currently", "nowadays", "presently")
	add(lexRef, refPast, "recently", "lately")
	add(lexRef, refFuture, "future")
	add(lexRel, relLast, "last")
	add(lexRel, relNext, "next")
	add(lexRel, relThis, "this")
	add(lexRel, relPast, "past")
	add(lexRel, relComing, "coming", "upcoming")
	add(lexRel, relPrevious, "previous", "preceding", "prior")
	add(lexRel, relLatest, "latest")
	add(lexRel, relCurrent, "current")
	add(lexRel, relRecent, "recent")
	add(lexRel, relFollowing, "following")
	add(lexApprox, modApprox, "about", "around", "approximately", "roughly", "some", "nearly", "almost")
	add(lexApprox, modMoreThan, "over")
	add(lexEdge, modStart, "early", "earlier")
	add(lexEdge, modEnd, "late", "later")
	add(lexEdge, modMid, "mid")
	add(lexAgo, 0, "ago", "hence")
	add(lexEvery, 0, "every", "each", "per")
	// "daily" and "quarterly" are mostly adjectives in news ("a daily
	// newspaper", "quarterly earnings"), so they are left out.
	add(lexSetAdv, unitWeek, "weekly")
	add(lexSetAdv, unitMonth, "monthly")
	add(lexSetAdv, unitYear, "annually", "yearly")
	add(lexSetAdv, unitHour, "hourly")
	add(lexThe, 0, "the")
	add(lexA, 0, "a", "an")
	add(lexOf, 0, "of")
	add(lexAnd, 0, "and")
	add(lexFiscal, 0, "fiscal")
	add(lexFew, 0, "few", "several", "many")
	add(lexFew, 2, "couple")
	add(lexFew, 12, "dozen")
	add(lexHalf, 0, "half")
	add(lexPrep, 0, "in", "on", "since", "until", "till", "by", "from", "through", "during", "before", "after",
		"between", "to", "for", "at", "into", "throughout", "within")
	add(lexPast, 0, "was", "were", "had", "did", "began", "went", "came", "took", "met", "spoke", "held", "won",
		"lost", "left", "gave", "got", "saw", "made", "fell", "rose", "sold", "bought", "paid", "wrote", "became",
		"brought", "thought", "found", "led", "ran", "sent", "spent", "struck", "broke", "chose", "drove", "flew",
		"grew", "knew", "meant", "stood", "shot", "kept", "heard", "felt", "built", "caught", "fought", "sought",
		"taught", "threw", "beat", "been")
	add(lexFuture, 0, "will", "shall", "ll", "would", "expected", "scheduled", "due", "planned", "plans", "planning",
		"intends", "going", "aims")
	add(lexTimeZone, 0, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt")
	add(lexNoon, 12, "noon", "midday")
	add(lexNoon, 24, "midnight")
	add(lexWeekend, 0, "weekend")
	add(lexWeekendPl, 0, "weekends")
	add(lexTitle, 0, "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "no", "vs")
	add(lexCountNoun, 0, "people", "percent", "troops", "soldiers", "votes", "times", "members", "km", "miles",
		"metres", "meters", "feet", "tons", "tonnes", "units", "cases", "deaths", "homes", "jobs", "words", "pounds",
		"dollars", "euros", "points", "barrels", "acres", "employees", "workers", "users", "shares", "children", "men", "women")
	add(lexCompar, 0, "less", "fewer", "up")
	add(lexQuantAdj, 0, "more", "additional", "extra", "full", "straight", "consecutive", "further", "whole")
	return m
}

// lookupWord returns the lexicon class of word, compared in lower case
// without allocating.
func lookupWord(word string) (lexKind, int16) {
	var buf [12]byte
	if len(word) > len(buf) || len(word) == 0 {
		return lexNone, 0
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= 0x80 {
			return lexNone, 0
		}
		buf[i] = c
	}
	e, ok := lexicon[string(buf[:len(word)])]
	if !ok {
		return lexNone, 0
	}
	return e.kind, e.val
}
