package quote

import (
	"errors"
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/lexicon"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// The word lists of the quote engine are the files of lists/, compiled in
// (lists_gen.go) and read at start-up into the quote half of the engine's one word table
// (package words). Each word of the text is looked up once, for every list
// at once (and for the date lexicon too), and the tokenizer keeps the
// answer in the token (token.info); the rules then test bits. Words that
// are not tokens are looked up with lookupWord.

// gender of a person, when the text tells it.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

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
	// wcPassiveHearer: the subject of the cue in the passive is the
	// hearer ("she was asked"). It sits above the gender bits.
	wcPassiveHearer wordInfo = 1 << 22
	// wcDateNameWord ends the name of a day: "Boxing Day".
	wcDateNameWord wordInfo = 1 << 23
	// wcNotAgentNoun: ends like an agent noun but names no person
	// ("paper", "either"). It sits above the three cue flags.
	wcNotAgentNoun wordInfo = 1 << 27
)

// Lists whose bits sit above the genders and cue flags.
const (
	wcRoleModifier wordInfo = 1 << (28 + iota)
	wcDocumentNoun
	wcGroupQuantifier
	wcTitleExpansion // an abbreviated title; its role noun is in titleExpansions
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

// roleGender is the gender a role noun tells ("son", "spokeswoman"),
// kept in the titles' bits (a word on both lists tells one gender).
func (inf wordInfo) roleGender() gender {
	if inf&wcRoleNoun == 0 {
		return genderUnknown
	}
	return inf.titleGender()
}

// pronounGender is the gender a subject pronoun tells.
func (inf wordInfo) pronounGender() gender { return gender(inf>>pronounGenderShift) & 3 }

// firstNameGender is the usual gender of a given name.
func (inf wordInfo) firstNameGender() gender { return gender(inf>>firstGenderShift) & 3 }

// cueFlags are the flags of a cue word. The table holds three bits of
// them: inverts, hearer and, in the place of cueObject (which only cue
// phrases give, cueAt), weak.
func (inf wordInfo) cueFlags() cueFlags {
	f := cueFlags(inf>>cueFlagsShift) & 7
	if f&storedWeak != 0 {
		f = f&^storedWeak | cueWeak
	}
	return f
}

// storedWeak is the table's bit for cueWeak, which does not fit in the
// three bits of the cue flags (it sat on wcNotAgentNoun's bit before).
const storedWeak = cueObject

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

// The lists that rules read by word rather than by token.
var (
	firstNamesLex = genderList(wcFirstName)
	cueWordsLex   = cueList{}
)

// lookupWord returns what the lists say of w, compared ignoring ASCII case.
func lookupWord(w string) wordInfo { return wordInfo(wordLists.Lookup(w)) }

// lookupWordAt is lookupWord(text[i:j]) for the tokenizer, packed eight
// bytes at a time.
func lookupWordAt(text string, i, j int) wordInfo { return wordInfo(wordLists.LookupAt(text, i, j)) }

// wordLists is the quote half of the shared table, holding every list. It
// is filled once and only read.
var wordLists = buildWordTable()

// The list files are read from lists_gen.go, which holds each as a string
// variable (titlesFile is lists/titles.txt, and so on): go:embed would
// bring package embed, and with it io/fs and time, into the WebAssembly
// modules (see internal/annotate/internal/listgen). lists/outlets.names
// holds the names of outlets and platforms, a name a line (several words
// each, so it is not a word list of the table); lists/outlet-nouns.names
// the nouns that name an outlet on second reference ("the newspaper").
// Run go generate after editing a list: TestListsGenerated fails until
// then.
//
//go:generate go run ../internal/listgen/genlists -o lists_gen.go titlesFile=lists/titles.txt roleNounsFile=lists/role-nouns.txt orgNounsFile=lists/org-nouns.txt determinersFile=lists/determiners.txt pronounsFile=lists/pronouns.txt notNamesFile=lists/not-names.txt nameParticlesFile=lists/name-particles.txt creditWordsFile=lists/credit-words.txt firstNamesFile=lists/first-names.txt cuesFile=lists/cues.txt nounCuesFile=lists/noun-cues.txt placeWordsFile=lists/place-words.txt nameSuffixesFile=lists/name-suffixes.txt abbreviationsFile=lists/abbreviations.txt betweenSubjectAndCueFile=lists/between-subject-and-cue.txt cuePhrasesFile=lists/cue-phrases.txt passiveHearerCuesFile=lists/passive-hearer-cues.txt dateNameWordsFile=lists/date-name-words.txt roleModifiersFile=lists/role-modifiers.txt documentNounsFile=lists/document-nouns.txt groupQuantifiersFile=lists/group-quantifiers.txt titleExpansionsFile=lists/title-expansions.txt notAgentNounsFile=lists/not-agent-nouns.txt outletsFile=lists/outlets.names outletNounsFile=lists/outlet-nouns.names descriptorNounsFile=lists/descriptor-nouns.map roleHypernymsFile=lists/role-hypernyms.map roleAcronymsFile=lists/role-acronyms.map kinshipNamesFile=lists/kinship-names.names pastTensesFile=lists/past-tenses.names titleWordsFile=lists/title-words.names

// outletKeys and outletNounKeys hold the outletKey of every name of
// lists/outlets.names and of every noun of lists/outlet-nouns.names: a
// test is one hash and one look-up.
var outletKeys, outletNounKeys = outletSet(outletsFile), outletSet(outletNounsFile)

// outletSet reads a names file into a set of outletKeys (a keyTable: its
// look-up is inlined, where a map's is a call).
func outletSet(data string) *keyTable {
	t := new(keyTable)
	for _, e := range lexicon.Parse(data) {
		t.set(outletKey(outletName(e)), 1)
	}
	return t
}

// isOutletNoun reports whether w is on lists/outlet-nouns.names.
func isOutletNoun(w string) bool { return outletNounKeys.at(outletKey(w)) != 0 }

// outletName is the name an entry of lists/outlets.names gives: its words
// joined by one space.
func outletName(e lexicon.Entry) string {
	return strings.Join(append([]string{e.Word}, e.Fields...), " ")
}

// isOutlet reports whether name (compared ignoring ASCII case, a leading
// "the" and runs of white space) is on lists/outlets.names.
func isOutlet(name string) bool {
	if len(name) > 4 && equalFoldASCII(name[:4], "the ") {
		name = name[4:]
	}
	return outletEnds[outletEndsIndex(name)] && outletKeys.at(outletKey(name)) != 0
}

// outletEnds tells, by outletEndsIndex, the first and last letters of the
// names of lists/outlets.names: most names are no outlet by their ends
// alone, without a hash or a map access.
var outletEnds = func() (t [1 << 10]bool) {
	for _, e := range lexicon.Parse(outletsFile) {
		t[outletEndsIndex(outletName(e))] = true
	}
	return t
}()

// outletEndsIndex packs the first byte of name and its last byte before
// any trailing white space (which outletKey leaves out), five bits of
// each, ASCII letters folded to one case: names with one outletKey have
// one index.
func outletEndsIndex(name string) int {
	j := len(name)
	for j > 0 && (name[j-1] == ' ' || name[j-1] == '\n' || name[j-1] == '\t' || name[j-1] == '\r') {
		j--
	}
	if j == 0 {
		return 0
	}
	return int(name[0]&31)<<5 | int(name[j-1]&31)
}

// outletKey is keyHash(keyOutlet, name) with every run of white space
// read as one space, without allocating.
func outletKey(name string) uint64 {
	h := uint64(14695981039346656037)
	h = (h ^ uint64(keyOutlet)) * 1099511628211
	space := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			continue
		}
		if space {
			h = (h ^ ' ') * 1099511628211
			space = false
		}
		h = (h ^ uint64(lowerASCII[c])) * 1099511628211
	}
	return h
}

// wordListFiles gives the file of each list.
var wordListFiles = [...]struct {
	name string
	list wordInfo
	data *string
}{
	{"titles.txt", wcTitle, &titlesFile},
	{"role-nouns.txt", wcRoleNoun, &roleNounsFile},
	{"org-nouns.txt", wcOrgNoun, &orgNounsFile},
	{"determiners.txt", wcDeterminer, &determinersFile},
	{"pronouns.txt", wcSubjectPronoun, &pronounsFile},
	{"not-names.txt", wcNotName, &notNamesFile},
	{"name-particles.txt", wcNameParticle, &nameParticlesFile},
	{"credit-words.txt", wcCreditWord, &creditWordsFile},
	{"first-names.txt", wcFirstName, &firstNamesFile},
	{"cues.txt", wcCueWord, &cuesFile},
	{"noun-cues.txt", wcNounCue, &nounCuesFile},
	{"place-words.txt", wcPlaceWord, &placeWordsFile},
	{"name-suffixes.txt", wcNameSuffix, &nameSuffixesFile},
	{"abbreviations.txt", wcAbbreviation, &abbreviationsFile},
	{"between-subject-and-cue.txt", wcBetweenSubjectAndCue, &betweenSubjectAndCueFile},
	{"cue-phrases.txt", wcCuePhrase, &cuePhrasesFile},
	{"passive-hearer-cues.txt", wcPassiveHearer, &passiveHearerCuesFile},
	{"date-name-words.txt", wcDateNameWord, &dateNameWordsFile},
	{"role-modifiers.txt", wcRoleModifier, &roleModifiersFile},
	{"document-nouns.txt", wcDocumentNoun, &documentNounsFile},
	{"group-quantifiers.txt", wcGroupQuantifier, &groupQuantifiersFile},
	{"title-expansions.txt", wcTitleExpansion, &titleExpansionsFile},
	{"not-agent-nouns.txt", wcNotAgentNoun, &notAgentNounsFile},
}

// titleExpansions maps an abbreviated title to the role noun it stands
// for ("sen" to "senator"), from lists/title-expansions.txt (checked by
// entryInfo when the table is built).
var titleExpansions = func() map[string]string {
	m := map[string]string{}
	for _, e := range lexicon.Parse(titleExpansionsFile) {
		if len(e.Fields) == 1 {
			m[e.Word] = e.Fields[0]
		}
	}
	return m
}()

// buildWordTable reads every list file into the quote half of the shared
// table; a malformed list is a programmer error and panics
// (TestWordListFiles checks them).
func buildWordTable() words.Half {
	t := words.Quote
	for _, f := range wordListFiles {
		for _, e := range lexicon.Parse(*f.data) {
			inf, err := entryInfo(f.list, e)
			if err != nil {
				panic(f.name + ": " + err.Error())
			}
			t.Add(e.Word, uint32(inf))
		}
	}
	return t
}

// entryInfo is what entry e of list says of its word: the list's bit and,
// for the lists that give one, the gender or the cue flags.
func entryInfo(list wordInfo, e lexicon.Entry) (wordInfo, error) {
	var field string
	switch len(e.Fields) {
	case 0:
	case 1:
		field = e.Fields[0]
	default:
		return 0, errors.New("line " + strconv.Itoa(e.Line) + ": more than one field after " + strconv.Quote(e.Word))
	}
	switch list {
	case wcTitle, wcSubjectPronoun, wcFirstName, wcRoleNoun:
		g := genderUnknown
		switch field {
		case "":
		case "male":
			g = genderMale
		case "female":
			g = genderFemale
		default:
			return 0, errors.New("line " + strconv.Itoa(e.Line) + ": gender " + strconv.Quote(field) + " is not male or female")
		}
		// A role noun's gender sits with the titles' ("father" is both).
		shift := map[wordInfo]int{wcTitle: titleGenderShift, wcRoleNoun: titleGenderShift, wcSubjectPronoun: pronounGenderShift, wcFirstName: firstGenderShift}[list]
		return list | wordInfo(g)<<shift, nil
	case wcCueWord:
		f, ok := map[string]cueFlags{"inverts": cueInverts, "hearer": cueHearer, "weak": cueWeak}[field]
		if !ok {
			return 0, errors.New("line " + strconv.Itoa(e.Line) + ": cue " + strconv.Quote(e.Word) + " needs inverts, hearer or weak")
		}
		if f == cueWeak {
			f = storedWeak
		}
		return list | wordInfo(f)<<cueFlagsShift, nil
	case wcTitleExpansion:
		if field == "" {
			return 0, errors.New("line " + strconv.Itoa(e.Line) + ": " + strconv.Quote(e.Word) + " needs the role noun it stands for")
		}
		return list, nil
	}
	if field != "" {
		return 0, errors.New("line " + strconv.Itoa(e.Line) + ": " + strconv.Quote(e.Word) + " takes no field")
	}
	return list, nil
}
