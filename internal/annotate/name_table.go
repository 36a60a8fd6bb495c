package annotate

import "github.com/newsroom/annotator/internal/annotate/lexicon"

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

// lookupWord returns what the lists say of w, compared ignoring ASCII case.
func lookupWord(w string) wordInfo { return wordInfo(wordLists.Lookup(w)) }

// lookupWordAt is lookupWord(text[i:j]) for the tokenizer, packed eight
// bytes at a time.
func lookupWordAt(text string, i, j int) wordInfo { return wordInfo(wordLists.LookupAt(text, i, j)) }

// wordLists is the table of every list. It is built once and only read.
var wordLists = buildWordTable()

func buildWordTable() *lexicon.Table {
	t := &wordTable{new(lexicon.Table)}
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
	return t.Table
}

// wordTable fills the table with wordInfo values.
type wordTable struct{ *lexicon.Table }

func (t wordTable) add(w string, inf wordInfo) { t.Add(w, uint32(inf)) }
