package annotate

// The word lists of the quote stage (name.go, cue.go, quote_token.go,
// speaker.go) live in one table built from them at start-up. The tokenizer
// looks each word up once and keeps the answer, for every list at once, in
// the token (token.info); the rules then test bits. Words that are not
// tokens are looked up with lookupWord.

// wordInfo is what the lists say of one word: a bit per list it is on
// (wc*), and the gender or flags some lists give.
type wordInfo uint32

// The lists, as bits of a wordInfo.
const (
	wcTitle wordInfo = 1 << iota
	wcRoleNoun
	wcOrgNoun
	wcDeterminer
	wcSubjectPronoun
	wcNotName
	wcNameParticle
	wcCreditWord
	wcFirstName
	wcCueWord
	wcNounCue
	wcPlaceWord
	wcNameSuffix
	wcAbbreviation
	wcBetweenSubjectAndCue
	wcCuePhrase // opens a cue of two words: "according" (to)
)

// Where the genders and the cue flags sit in a wordInfo.
const (
	titleGenderShift   = 16
	pronounGenderShift = 18
	firstGenderShift   = 20
	cueFlagsShift      = 24
)

// titleGender is the gender a title tells.
func (inf wordInfo) titleGender() gender { return gender(inf>>titleGenderShift) & 3 }

// pronounGender is the gender a subject pronoun tells.
func (inf wordInfo) pronounGender() gender { return gender(inf>>pronounGenderShift) & 3 }

// firstNameGender is the usual gender of a given name.
func (inf wordInfo) firstNameGender() gender { return gender(inf>>firstGenderShift) & 3 }

// cueFlags are the flags of a cue word.
func (inf wordInfo) cueFlags() cueFlags { return cueFlags(inf>>cueFlagsShift) & 15 }

// wordList is one list of words (a set): has reports membership.
type wordList wordInfo

func (l wordList) has(w string) bool { return lookupWord(w)&wordInfo(l) != 0 }

// genderList is a list of words that may tell a gender.
type genderList wordInfo

// get returns the gender the word w tells and whether it is on the list.
func (l genderList) get(w string) (gender, bool) { return wordInfo(l).genderOf(lookupWord(w)) }

// genderOf returns the gender that inf tells as a word of list l, and
// whether it is on the list.
func (l wordInfo) genderOf(inf wordInfo) (gender, bool) {
	switch {
	case inf&l == 0:
		return genderUnknown, false
	case l == wcTitle:
		return inf.titleGender(), true
	case l == wcSubjectPronoun:
		return inf.pronounGender(), true
	}
	return inf.firstNameGender(), true
}

// cueList is the list of cue words, with their flags.
type cueList struct{}

// get returns the flags of the cue word w and whether it is one.
func (cueList) get(w string) (cueFlags, bool) {
	inf := lookupWord(w)
	return inf.cueFlags(), inf&wcCueWord != 0
}

// The lists, as the quote stage looks words up in them.
var (
	titlesLex               = genderList(wcTitle)
	roleNounsLex            = wordList(wcRoleNoun)
	orgNounsLex             = wordList(wcOrgNoun)
	determinersLex          = wordList(wcDeterminer)
	subjectPronounsLex      = genderList(wcSubjectPronoun)
	notNamesLex             = wordList(wcNotName)
	nameParticlesLex        = wordList(wcNameParticle)
	creditWordsLex          = wordList(wcCreditWord)
	firstNamesLex           = genderList(wcFirstName)
	cueWordsLex             = cueList{}
	nounCuesLex             = wordList(wcNounCue)
	placeWordsLex           = wordList(wcPlaceWord)
	nameSuffixLex           = wordList(wcNameSuffix)
	abbreviationsLex        = wordList(wcAbbreviation)
	betweenSubjectAndCueLex = wordList(wcBetweenSubjectAndCue)
)

// maxTableWord is the length of the longest word the table can hold (the
// length is packed into the key's last byte).
const maxTableWord = 15

// wordKey is a word of up to 15 bytes, ASCII capitals lowered, packed
// little-endian into two uint64, with its length in the top byte (so that
// no key is zero).
type wordKey [2]uint64

// packWord packs w, lowering A-Z only (as the lists are written). w must
// hold 1 to maxTableWord bytes.
func packWord(w string) wordKey {
	var k0, k1 uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if i < 8 {
			k0 |= uint64(c) << (8 * i)
		} else {
			k1 |= uint64(c) << (8 * (i - 8))
		}
	}
	return wordKey{k0, k1 | uint64(len(w))<<56}
}

// wordTable is an open-addressing hash table from packed words to what the
// lists say of them, with a one-hash Bloom filter in front so that most
// words of the text are rejected before any packing.
type wordTable struct {
	keys   [wordTableSize]wordKey
	infos  [wordTableSize]wordInfo
	filter [wordFilterBits / 64]uint64
}

const (
	wordTableBits  = 12 // 4096 slots for about 1,400 words
	wordTableSize  = 1 << wordTableBits
	wordFilterBits = 1 << 15
)

func wordSlot(k wordKey) int {
	return int(((k[0] ^ k[1]*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (64 - wordTableBits))
}

// wordFilterHash hashes w ignoring ASCII case, from its length and its
// first, middle and last bytes, into [0, wordFilterBits).
func wordFilterHash(w string) uint32 {
	a, b, z := uint32(w[0]|0x20), uint32(w[len(w)/2]|0x20), uint32(w[len(w)-1]|0x20)
	h := (a*131+b)*131 + z
	h = h*31 + uint32(len(w))
	h ^= h >> 7
	return h * 2654435761 >> 17 % wordFilterBits
}

// add merges inf into the entry of word w; a word too long for the table
// is a programmer error.
func (t *wordTable) add(w string, inf wordInfo) {
	if len(w) == 0 || len(w) > maxTableWord {
		panic("word lists: word does not fit the table: " + w)
	}
	h := wordFilterHash(w)
	t.filter[h/64] |= 1 << (h % 64)
	k := packWord(w)
	i := wordSlot(k)
	for t.keys[i] != (wordKey{}) && t.keys[i] != k {
		i = (i + 1) & (wordTableSize - 1)
	}
	t.keys[i] = k
	t.infos[i] |= inf
}

// lookupWord returns what the lists say of w, compared ignoring ASCII case.
func lookupWord(w string) wordInfo {
	n := len(w)
	if n == 0 || n > maxTableWord {
		return 0
	}
	if h := wordFilterHash(w); wordLists.filter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	return wordLists.find(packWord(w))
}

// lookupWordAt is lookupWord(text[i:j]) for the tokenizer: it packs the
// word eight bytes at a time when text has room to read them.
func lookupWordAt(text string, i, j int) wordInfo {
	n := j - i
	if n <= 0 || n > maxTableWord {
		return 0
	}
	w := text[i:j]
	if h := wordFilterHash(w); wordLists.filter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	if i+16 > len(text) {
		return wordLists.find(packWord(w))
	}
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	x0, x1 := load64(text, i), load64(text, i+8)
	// Keep the n bytes of the word (shifts of 64 or more give 0).
	x0 &= ^uint64(0) >> uint(max(64-8*n, 0))
	x1 &= ^uint64(0) >> uint(128-8*n)
	if (x0|x1)&highs != 0 {
		return wordLists.find(packWord(w)) // a byte beyond ASCII
	}
	// Lower A-Z: for an ASCII byte c, c+0x3F has its high bit set when
	// c >= 'A', and c+0x25 when c > 'Z'.
	x0 |= (x0 + 0x3F*ones) &^ (x0 + 0x25*ones) & highs >> 2
	x1 |= (x1 + 0x3F*ones) &^ (x1 + 0x25*ones) & highs >> 2
	return wordLists.find(wordKey{x0, x1 | uint64(n)<<56})
}

// find returns the entry of key k, or 0.
func (t *wordTable) find(k wordKey) wordInfo {
	for i := wordSlot(k); t.keys[i] != (wordKey{}); i = (i + 1) & (wordTableSize - 1) {
		if (t.keys[i][0]^k[0])|(t.keys[i][1]^k[1]) == 0 {
			return t.infos[i]
		}
	}
	return 0
}

// wordLists is the table of every list. It is built once and only read.
var wordLists = buildWordTable()

func buildWordTable() *wordTable {
	t := new(wordTable)
	set := func(m map[string]bool, c wordInfo) {
		for w, on := range m {
			if on { // a word listed as false is not on the list
				t.add(w, c)
			}
		}
	}
	for w, g := range titles {
		t.add(w, wcTitle|wordInfo(g)<<titleGenderShift)
	}
	for w, g := range subjectPronouns {
		t.add(w, wcSubjectPronoun|wordInfo(g)<<pronounGenderShift)
	}
	for w, g := range firstNames {
		t.add(w, wcFirstName|wordInfo(g)<<firstGenderShift)
	}
	for w, f := range cueWords {
		t.add(w, wcCueWord|wordInfo(f)<<cueFlagsShift)
	}
	set(roleNouns, wcRoleNoun)
	set(orgNouns, wcOrgNoun)
	set(determiners, wcDeterminer)
	set(notNames, wcNotName)
	set(nameParticles, wcNameParticle)
	set(creditWords, wcCreditWord)
	set(nounCues, wcNounCue)
	set(placeWords, wcPlaceWord)
	set(nameSuffixes, wcNameSuffix)
	set(abbreviations, wcAbbreviation)
	set(betweenSubjectAndCue, wcBetweenSubjectAndCue)
	t.add("according", wcCuePhrase)
	return t
}
