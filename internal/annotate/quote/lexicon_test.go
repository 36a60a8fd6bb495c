package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/internal/listgen"
	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// TestWordListFiles checks every list of lists/: each is read by the
// engine, has a header, and has no word twice, no upper case and no word
// the tokenizer can never yield as one word token.
func TestWordListFiles(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("lists", "*.txt"))
	require.NoError(t, err)
	read := map[string]bool{}
	for _, f := range wordListFiles {
		read[filepath.Join("lists", f.name)] = true
	}
	assert.Len(t, names, len(wordListFiles))
	for _, f := range wordListFiles {
		t.Run(f.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("lists", f.name))
			require.NoError(t, err)
			assert.Equal(t, listgen.StripComments(string(data)), *f.data, "the compiled-in list is the file, its comments left out")
			assert.Regexp(t, `^# \S`, string(data), "a list opens with a header")
			assert.Contains(t, string(data), "Source:", "the header says where the entries come from")
			entries := lexicon.Parse(string(data))
			require.NotEmpty(t, entries)
			for _, e := range entries {
				_, err := entryInfo(f.list, e)
				assert.NoError(t, err)
			}
			assert.Empty(t, lexicon.Problems(f.name, entries, isOneWordToken))
		})
	}
	for _, n := range names {
		assert.True(t, read[n], "%s is not read by the engine", n)
	}
}

// isOneWordToken reports whether the tokenizer reads w as one word token
// (a word it splits, or a possessive, is never looked up whole).
func isOneWordToken(w string) bool {
	ts, _ := tokenize(w, core.Span{Start: 0, End: len(w)}, nil, 0, nil, nil)
	return len(ts) == 1 && ts[0].kind == tokWord && ts[0].Span == core.Span{Start: 0, End: len(w)} && !ts[0].poss
}

// TestFirstNameGenders checks that a name listed once keeps its gender and
// that a name given to both stays unknown.
func TestFirstNameGenders(t *testing.T) {
	for _, tc := range []struct {
		name string
		want gender
	}{{"donald", genderMale}, {"Sarah", genderFemale}, {"elizabeth", genderFemale}, {"jean", genderUnknown}} {
		g, ok := firstNamesLex.get(tc.name)
		assert.True(t, ok, tc.name)
		assert.Equal(t, tc.want, g, tc.name)
	}
}

// TestOutletsFile checks lists/outlets.names: a header with its source,
// lower case, no name twice; and that a name matches with "the", any case
// and any spacing, and nothing else.
func TestOutletsFile(t *testing.T) {
	for name, embedded := range map[string]string{"outlets.names": outletsFile, "outlet-nouns.names": outletNounsFile, "kinship-names.names": kinshipNamesFile, "past-tenses.names": pastTensesFile, "title-words.names": titleWordsFile} {
		data, err := os.ReadFile(filepath.Join("lists", name))
		require.NoError(t, err)
		assert.Equal(t, listgen.StripComments(string(data)), embedded, "the compiled-in list is the file, its comments left out")
		assert.Regexp(t, `^# \S`, string(data), "a list opens with a header")
		assert.Contains(t, string(data), "Source:", "the header says where the entries come from")
		seen := map[string]bool{}
		for _, e := range lexicon.Parse(embedded) {
			n := outletName(e)
			assert.False(t, seen[n], "%s: %s is listed twice", name, n)
			seen[n] = true
			assert.Equal(t, strings.ToLower(n), n, "the list is lower case")
			assert.False(t, strings.HasPrefix(n, "the "), "%s: names are listed without the", n)
		}
	}
	names, err := filepath.Glob(filepath.Join("lists", "*.names"))
	require.NoError(t, err)
	assert.Len(t, names, 5, "every names file is read and checked here")
	assert.True(t, isKinshipName("Mother") && isKinshipName("grandpa"))
	assert.False(t, isKinshipName("Man") || isKinshipName("Uncle"))
	assert.True(t, isOutletNoun("Newspaper"))
	assert.False(t, isOutletNoun("mayor"))
	for name, want := range map[string]bool{
		"Twitter": true, "the Daily Caller": true, "Fox  News": true, "fox\nnews": true,
		"Fox": false, "Daily": false, "Rita Moss": false, "Fox News Chairman": false,
		"REUTERS ": true, "The Associated  Press": true, "": false, "  ": false, "Reuter": false,
	} {
		assert.Equal(t, want, isOutlet(name), name)
	}
	// The filter on a name's ends lets every listed name through, in any
	// case, after "the", with white space doubled.
	for _, e := range lexicon.Parse(outletsFile) {
		n := outletName(e)
		for _, v := range []string{n, strings.ToUpper(n), "The " + strings.ToUpper(n[:1]) + n[1:], strings.ReplaceAll(n, " ", "\n ") + "\t"} {
			assert.True(t, isOutlet(v), "%q", v)
		}
	}
}

// TestCueFlagsFromTheTable checks that each flag of lists/cues.txt reads
// back from the word table, and that "weak" takes no other list's bit.
func TestCueFlagsFromTheTable(t *testing.T) {
	for w, want := range map[string]cueFlags{"said": cueInverts, "told": cueHearer, "called": cueWeak, "believes": cueWeak} {
		inf := lookupWord(w)
		assert.Equal(t, want, inf.cueFlags()&(cueInverts|cueHearer|cueWeak), w)
		assert.Zero(t, inf&wcNotAgentNoun, w)
	}
}
