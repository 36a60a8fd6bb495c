package annotate

// lexKind is the class of a word in the date lexicon.
type lexKind uint8

const (
	lexNone        lexKind = iota
	lexMonth               // january ... december; val 1-12
	lexMonthAbbr           // jan, feb, ..., sept; val 1-12 (needs a day, a year or a full stop)
	lexWeekday             // monday ... sunday; val 1-7 (ISO, Monday = 1)
	lexWeekdays            // mondays ...; val 1-7 (a SET)
	lexNumWord             // one ... ninety; val the number
	lexHundred             // hundred, thousand; val 100, 1000
	lexOrdinal             // first ... thirty-first; val 1-31
	lexUnit                // second ... century; val a unit
	lexUnits               // the plural of a unit; val a unit
	lexSeason              // spring, summer, fall, autumn, winter; val a season
	lexPartOfDay           // morning, afternoon, evening, night; val a part
	lexDeictic             // today, yesterday, tomorrow, tonight; val the day offset (tonight 10)
	lexRef                 // now, currently, recently, ...; val a reference
	lexRel                 // last, next, this, past, coming, previous, latest, current, recent, following; val a relation
	lexApprox              // about, around, nearly, ...; val a modifier
	lexEdge                // early, late, mid, earlier, later; val a modifier
	lexAgo                 // ago, hence
	lexEvery               // every, each, per
	lexSetAdv              // daily, weekly, ...; val a unit
	lexThe                 // the
	lexA                   // a, an
	lexOf                  // of
	lexAnd                 // and
	lexFiscal              // fiscal
	lexFew                 // few, several, many, couple, dozen; val 2 for couple, 12 for dozen, 0 unknown
	lexHalf                // half
	lexPrep                // in, on, since, until, by, ... (a month needs one when ambiguous)
	lexPast                // a past-tense cue: was, had, began, ...
	lexFuture              // a future cue: will, shall, expected, ...
	lexTimeZone            // est, gmt, utc, ...
	lexNoon                // noon, midday (12), midnight (24)
	lexWeekend             // weekend
	lexWeekendPl           // weekends
	lexTitle               // Mr, Mrs, Dr, St: a full stop after it does not end a sentence
	lexQuantAdj            // more, additional, full, ...: between a number and its unit
	lexCompar              // more, less, fewer, up: "more than", "up to" before a quantity
	lexWeekdayAbbr         // mon, tue, ..., sun; val 1-7 (only before a full date)
	lexHoliday             // christmas, halloween, ...; val month*100+day
	lexDecadeWord          // twenties ... nineties; val 2-9
	lexCountNoun           // people, percent, ...: a four-digit number before it is a count, not a year
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

// lexTable maps a lower-case word to its class. Words of up to eight
// letters are packed into a uint64 key (a faster map); lens holds, for each
// first letter, a bit per word length present, so that most words of the
// text are rejected before any hashing.
type lexTable struct {
	short lexHash
	long  map[string]lexEntry
	lens  [26]uint16
}

// lexHash is an open-addressing table from packed words (never 0) to
// entries: a multiplicative hash and linear probing, faster than a map for
// the one lookup made per word of the text.
type lexHash struct {
	keys [lexHashSize]uint64
	vals [lexHashSize]lexEntry
}

const (
	lexHashBits = 11
	lexHashSize = 1 << lexHashBits
)

func lexSlot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> (64 - lexHashBits)) }

func (h *lexHash) put(k uint64, e lexEntry) {
	i := lexSlot(k)
	for h.keys[i] != 0 && h.keys[i] != k {
		i = (i + 1) & (lexHashSize - 1)
	}
	h.keys[i], h.vals[i] = k, e
}

func (h *lexHash) get(k uint64) (lexEntry, bool) {
	for i := lexSlot(k); h.keys[i] != 0; i = (i + 1) & (lexHashSize - 1) {
		if h.keys[i] == k {
			return h.vals[i], true
		}
	}
	return lexEntry{}, false
}

// maxLexWord is the length of the longest word in the lexicon.
const maxLexWord = 15

// lexicon is the date lexicon. It is built once and only read.
var lexicon = newLexTable(buildLexicon())

func newLexTable(m map[string]lexEntry) *lexTable {
	t := &lexTable{long: map[string]lexEntry{}}
	if len(m) > lexHashSize/2 {
		panic("date lexicon: too many words for the hash table") // programmer error
	}
	for w, e := range m {
		if len(w) == 0 || len(w) > maxLexWord || w[0] < 'a' || w[0] > 'z' {
			panic("date lexicon: bad word " + w) // programmer error in buildLexicon
		}
		t.lens[w[0]-'a'] |= 1 << len(w)
		if len(w) <= 8 {
			t.short.put(packWord(w), e)
		} else {
			t.long[w] = e
		}
	}
	return t
}

// packWord packs up to eight lower-case ASCII bytes into a uint64.
func packWord(w string) uint64 {
	var k uint64
	for i := 0; i < len(w); i++ {
		k = k<<8 | uint64(w[i])
	}
	return k
}

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
		"taught", "threw", "beat", "been", "said", "told")
	add(lexFuture, 0, "will", "shall", "ll", "would", "expected", "scheduled", "due", "planned", "plans", "planning",
		"intends", "going", "aims",
		"payable", "effective", "expect", "expects", "anticipate", "anticipates", "slated")
	add(lexTimeZone, 0, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "et", "pt")
	add(lexNoon, 12, "noon", "midday")
	add(lexNoon, 24, "midnight")
	add(lexWeekend, 0, "weekend")
	add(lexWeekendPl, 0, "weekends")
	add(lexTitle, 0, "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "no", "vs")
	add(lexCountNoun, 0, "people", "percent", "troops", "soldiers", "votes", "times", "members", "km", "miles",
		"metres", "meters", "feet", "tons", "tonnes", "units", "cases", "deaths", "homes", "jobs", "words", "pounds",
		"dollars", "euros", "points", "barrels", "acres", "employees", "workers", "users", "shares", "children", "men", "women")
	for i, ws := range [][]string{{"mon"}, {"tue", "tues"}, {"wed"}, {"thu", "thur", "thurs"}, {"fri"}, {"sat"}, {"sun"}} {
		add(lexWeekdayAbbr, i+1, ws...)
	}
	add(lexHoliday, 1225, "christmas")
	add(lexHoliday, 1031, "halloween")
	add(lexHoliday, 214, "valentine")
	for i, w := range []string{"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"} {
		add(lexDecadeWord, i+2, w)
	}
	add(lexCompar, 0, "less", "fewer", "up")
	add(lexQuantAdj, 0, "more", "additional", "extra", "full", "straight", "consecutive", "further", "whole")
	return m
}

// lookupWord returns the lexicon class of word, compared in lower case
// without allocating.
func lookupWord(word string) (lexKind, int16) {
	n := len(word)
	if n > maxLexWord || n == 0 {
		return lexNone, 0
	}
	c0 := word[0] | 0x20
	if c0 < 'a' || c0 > 'z' || lexicon.lens[c0-'a']&(1<<n) == 0 {
		return lexNone, 0
	}
	var buf [maxLexWord]byte
	var k uint64
	for i := 0; i < n; i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= 0x80 {
			return lexNone, 0
		}
		buf[i] = c
		k = k<<8 | uint64(c)
	}
	// The most frequent words of English text, answered without hashing.
	switch n {
	case 1:
		if k == 'a' {
			return lexA, 0
		}
	case 2:
		switch k {
		case 'o'<<8 | 'f':
			return lexOf, 0
		case 'i'<<8 | 'n', 't'<<8 | 'o', 'o'<<8 | 'n', 'a'<<8 | 't', 'b'<<8 | 'y':
			return lexPrep, 0
		}
	case 3:
		switch k {
		case 't'<<16 | 'h'<<8 | 'e':
			return lexThe, 0
		case 'a'<<16 | 'n'<<8 | 'd':
			return lexAnd, 0
		}
	}
	var e lexEntry
	var ok bool
	if n <= 8 {
		e, ok = lexicon.short.get(k)
	} else {
		e, ok = lexicon.long[string(buf[:n])]
	}
	if !ok {
		return lexNone, 0
	}
	return e.kind, e.val
}
