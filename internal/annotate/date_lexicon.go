package annotate

import (
	"slices"
	"strconv"
	"strings"
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

type dlexEntry struct {
	kind dlexKind
	val  int16
}

// dlexTable maps a lower-case word to its class. Words are packed into two
// uint64 (bytes 0-7 and 8-15) and looked up in an open-addressing table;
// lens holds, for each first two letters, a bit per word length present,
// so that most words of the text are rejected before any hashing.
type dlexTable struct {
	words dlexHash
	lens  [26][27]uint16 // [first letter][second letter, or 26 for none]
}

// mayHave reports whether word, of ASCII letters, can be in the table: a
// word of its length with its first two letters is.
func (t *dlexTable) mayHave(word string) bool {
	n := len(word)
	if n == 0 || n > maxLexWord {
		return false
	}
	c0, c1 := (word[0]|0x20)-'a', byte(26)
	if n > 1 {
		c1 = (word[1] | 0x20) - 'a'
	}
	return c0 < 26 && c1 <= 26 && t.lens[c0][c1]&(1<<n) != 0
}

// dlexKey is a word packed into two uint64, one byte per letter.
type dlexKey [2]uint64

// dlexHash is an open-addressing table from packed words (never zero) to
// entries: a multiplicative hash and linear probing, faster than a map for
// the one lookup made per word of the text.
type dlexHash struct {
	keys [dlexHashSize]dlexKey
	vals [dlexHashSize]dlexEntry
}

const (
	dlexHashBits = 11
	dlexHashSize = 1 << dlexHashBits
)

func dlexSlot(k dlexKey) int {
	return int(((k[0] ^ k[1]*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (64 - dlexHashBits))
}

func (h *dlexHash) put(k dlexKey, e dlexEntry) {
	i := dlexSlot(k)
	for h.keys[i] != (dlexKey{}) && h.keys[i] != k {
		i = (i + 1) & (dlexHashSize - 1)
	}
	h.keys[i], h.vals[i] = k, e
}

func (h *dlexHash) get(k dlexKey) (dlexEntry, bool) {
	for i := dlexSlot(k); h.keys[i] != (dlexKey{}); i = (i + 1) & (dlexHashSize - 1) {
		if h.keys[i] == k {
			return h.vals[i], true
		}
	}
	return dlexEntry{}, false
}

// maxLexWord is the length of the longest word in the lexicon.
const maxLexWord = 15

// dateLexicon is the date lexicon. It is built once and only read.
var dateLexicon = newDateLexTable(buildDateLexicon())

func newDateLexTable(m map[string]dlexEntry) *dlexTable {
	t := &dlexTable{}
	if len(m) > dlexHashSize/2 {
		panic("date lexicon: too many words for the hash table") // programmer error
	}
	for w, e := range m {
		if len(w) == 0 || len(w) > maxLexWord || w[0] < 'a' || w[0] > 'z' {
			panic("date lexicon: bad word " + w) // programmer error in buildDateLexicon
		}
		c1 := byte(26)
		if len(w) > 1 {
			c1 = w[1] - 'a'
		}
		t.lens[w[0]-'a'][c1] |= 1 << len(w)
		t.words.put(packDateWord(w), e)
	}
	return t
}

// packDateWord packs a lower-case ASCII word of up to 16 bytes into a
// dlexKey, byte i of the word in byte i%8 (from the low end) of word i/8,
// as lookupDateWord does.
func packDateWord(w string) dlexKey {
	var k dlexKey
	for i := 0; i < len(w); i++ {
		k[i>>3] |= uint64(w[i]) << (8 * (i & 7))
	}
	return k
}

// dateLexiconText is the date lexicon, one group of words a line: the
// class, the value, and the words. A value written "n+" gives the words n,
// n+1, … in turn ("n+s" steps by s) and "-" skips a value; "#" starts a
// comment. Kept as text rather than code, it costs the WebAssembly module
// little. Values: units 1 second … 10 century (unit*); relations 1 last …
// 10 following (rel*); modifiers 1 APPROX … 8 MID (mod*); references 1
// present, 2 past, 3 future; parts of day 1 morning … 4 night; seasons 1
// spring … 4 winter; holidays month*100+day.
const dateLexiconText = `
month 1+ january february march april may june july august september october november december
monthabbr 1+ jan feb mar apr - jun jul aug sep oct nov dec
monthabbr 9 sept
weekday 1+ monday tuesday wednesday thursday friday saturday sunday
weekdays 1+ mondays tuesdays wednesdays thursdays fridays saturdays sundays
numword 0+ zero one two three four five six seven eight nine ten
numword 11+ eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
numword 20+10 twenty thirty forty fifty sixty seventy eighty ninety
hundred 100 hundred
hundred 1000 thousand
ordinal 1+ first second third fourth fifth sixth seventh eighth ninth tenth
ordinal 11+ eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
ordinal 30 thirtieth
# "second" is read as the ordinal; "seconds" is the unit.
unit 2+ minute hour day week month quarter year decade century
unit 5 fortnight
units 1+ seconds minutes hours days weeks months quarters years decades centuries
season 1+ spring summer fall winter
season 3 autumn
partofday 1+ morning afternoon evening night
deictic -1+ yesterday today tomorrow
deictic 10 tonight
ref 1 now currently nowadays presently
ref 2 recently lately
ref 3 future
rel 1+ last next this past coming previous latest current recent following
rel 5 upcoming
rel 6 preceding prior
approx 1 about around approximately roughly some nearly almost
approx 3 over
edge 6 early earlier
edge 7 late later
edge 8 mid
ago 0 ago hence
every 0 every each per
# "daily" and "quarterly" are mostly adjectives in news ("a daily
# newspaper", "quarterly earnings"), so they are left out.
setadv 3 hourly
setadv 5 weekly
setadv 6 monthly
setadv 8 annually yearly
the 0 the
a 0 a an
of 0 of
and 0 and
fiscal 0 fiscal
few 0 few several many
few 2 couple
few 12 dozen
half 0 half
# val 1: "at least".
prep 1 at
prep 0 in on since until till by from through during before after between to for into throughout within
past 0 was were had did began went came took met spoke held won lost left gave got saw made fell rose sold bought
past 0 paid wrote became brought thought found led ran sent spent struck broke chose drove flew grew knew meant stood
past 0 shot kept heard felt built caught fought sought taught threw beat been said told
future 0 will shall ll would expected scheduled due planned plans planning intends going aims payable effective
future 0 expect expects anticipate anticipates slated
# Present-tense verbs of a schedule: "the summit opens on Monday".
future 0 begins starts opens meets resumes arrives travels visits launches expires convenes reopens
timezone 0 est edt cst cdt mst mdt pst pdt gmt utc bst cet cest et pt
noon 12 noon midday
noon 24 midnight
weekend 0 weekend
weekendpl 0 weekends
title 0 mr mrs ms dr st jr sr prof gen gov sen rep lt col sgt no vs
countnoun 0 people percent troops soldiers votes times members km miles metres meters feet tons tonnes units cases
countnoun 0 deaths homes jobs words pounds dollars euros points barrels acres employees workers users shares children
countnoun 0 men women
weekdayabbr 1+ mon tue wed thu fri sat sun
weekdayabbr 2 tues
weekdayabbr 4 thur thurs
holiday 1225 christmas
holiday 1031 halloween
holiday 214 valentine
decadeword 2+ twenties thirties forties fifties sixties seventies eighties nineties
compar 0 less fewer up
phase 6 beginning start
phase 7 end
phase 8 middle
quantadj 0 more additional extra full straight consecutive further whole
`

// dlexKindNames names the classes in dateLexiconText.
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
}

// buildDateLexicon reads dateLexiconText; a malformed line is a programmer
// error and panics.
func buildDateLexicon() map[string]dlexEntry {
	m := map[string]dlexEntry{}
	for line := range strings.Lines(dateLexiconText) {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		kind := dlexKind(slices.Index(dlexKindNames[:], f[0]))
		num, step, _ := strings.Cut(f[1], "+")
		val, err := strconv.Atoi(num)
		if kind <= dlexNone || len(f) < 3 || err != nil {
			panic("date lexicon: bad line: " + line)
		}
		inc := 0
		if strings.Contains(f[1], "+") {
			inc = 1
			if step != "" {
				if inc, err = strconv.Atoi(step); err != nil {
					panic("date lexicon: bad step: " + line)
				}
			}
		}
		for _, w := range f[2:] {
			if w != "-" {
				m[w] = dlexEntry{kind, int16(val)}
			}
			val += inc
		}
	}
	return m
}

// lookupDateWord returns the lexicon class of word, compared in lower case
// without allocating.
func lookupDateWord(word string) (dlexKind, int16) {
	n := len(word)
	if n > maxLexWord || n == 0 {
		return dlexNone, 0
	}
	// Most words are rejected here, by first letters and length, unpacked.
	if !dateLexicon.mayHave(word) {
		return dlexNone, 0
	}
	var key dlexKey
	for i := 0; i < n; i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c >= 0x80 {
			return dlexNone, 0
		}
		key[i>>3] |= uint64(c) << (8 * (i & 7))
	}
	return lookupDateKey(key)
}

// lookupDateWordAt is lookupDateWord(text[i:j]) for a word of ASCII
// letters: it packs the word eight bytes at a time when text has room to
// read them, and goes straight to the hash table (the filter of
// lookupDateWord, a branch on every word that the predictor often
// misses, costs more than a probe).
func lookupDateWordAt(text string, i, j int) (dlexKind, int16) {
	n := j - i
	if n > maxLexWord || n <= 0 || i+16 > len(text) {
		return lookupDateWord(text[i:j])
	}
	// Keep the n bytes of the word (shifts of 64 or more give 0) and lower
	// them: every byte is a letter, so setting 0x20 lowers it.
	m0 := ^uint64(0) >> uint(max(64-8*n, 0))
	m1 := ^uint64(0) >> uint(128-8*n)
	key := dlexKey{(load64(text, i) | 0x20*swarOnes) & m0, (load64(text, i+8) | 0x20*swarOnes) & m1}
	return lookupDateKey(key)
}

// lookupDateKey looks up a packed word. (A switch answering the commonest
// words without hashing cost more in mispredicted branches than it saved.)
func lookupDateKey(key dlexKey) (dlexKind, int16) {
	e, ok := dateLexicon.words.get(key)
	if !ok {
		return dlexNone, 0
	}
	return e.kind, e.val
}
