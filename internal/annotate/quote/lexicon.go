package quote

import (
	"embed"
	"errors"
	"io/fs"
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// The word lists of the quote engine are the files of lists/, embedded
// and read into one lexicon.Table at start-up. The tokenizer looks each
// word up once and keeps the answer, for every list at once, in the token
// (token.info); the rules then test bits. Words that are not tokens are
// looked up with lookupWord.

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

// wordLists is the table of every list. It is built once and only read.
var wordLists = buildWordTable(listFiles)

//go:embed lists/*.txt
var listFiles embed.FS

// wordListFiles names the file of each list.
var wordListFiles = [...]struct {
	name string
	list wordInfo
}{
	{"titles.txt", wcTitle},
	{"role-nouns.txt", wcRoleNoun},
	{"org-nouns.txt", wcOrgNoun},
	{"determiners.txt", wcDeterminer},
	{"pronouns.txt", wcSubjectPronoun},
	{"not-names.txt", wcNotName},
	{"name-particles.txt", wcNameParticle},
	{"credit-words.txt", wcCreditWord},
	{"first-names.txt", wcFirstName},
	{"cues.txt", wcCueWord},
	{"noun-cues.txt", wcNounCue},
	{"place-words.txt", wcPlaceWord},
	{"name-suffixes.txt", wcNameSuffix},
	{"abbreviations.txt", wcAbbreviation},
	{"between-subject-and-cue.txt", wcBetweenSubjectAndCue},
	{"cue-phrases.txt", wcCuePhrase},
}

// buildWordTable reads every list file of files into one table; a
// malformed list is a programmer error and panics (TestWordListFiles
// checks them).
func buildWordTable(files fs.FS) *lexicon.Table {
	t := new(lexicon.Table)
	for _, f := range wordListFiles {
		data, err := fs.ReadFile(files, "lists/"+f.name)
		if err != nil {
			panic(err)
		}
		for _, e := range lexicon.Parse(string(data)) {
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
	case wcTitle, wcSubjectPronoun, wcFirstName:
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
		shift := map[wordInfo]int{wcTitle: titleGenderShift, wcSubjectPronoun: pronounGenderShift, wcFirstName: firstGenderShift}[list]
		return list | wordInfo(g)<<shift, nil
	case wcCueWord:
		f, ok := map[string]cueFlags{"inverts": cueInverts, "hearer": cueHearer, "weak": cueWeak}[field]
		if !ok {
			return 0, errors.New("line " + strconv.Itoa(e.Line) + ": cue " + strconv.Quote(e.Word) + " needs inverts, hearer or weak")
		}
		return list | wordInfo(f)<<cueFlagsShift, nil
	}
	if field != "" {
		return 0, errors.New("line " + strconv.Itoa(e.Line) + ": " + strconv.Quote(e.Word) + " takes no field")
	}
	return list, nil
}
