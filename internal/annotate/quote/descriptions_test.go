package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/internal/listgen"
	"github.com/newsroom/annotator/internal/annotate/lexicon"
)

// TestDescriptionLists checks the lists of S13 (lists/*.map): each is the
// embedded file, has a header with its source, is lower case with no word
// twice; a descriptor noun is an office or an identity; a hypernym and its
// roles are nouns the role or title lists hold (so that a role can be
// indexed under it); a role acronym is a role noun and its titles are
// two words joined by a hyphen.
func TestDescriptionLists(t *testing.T) {
	files := map[string]string{"descriptor-nouns.map": descriptorNounsFile, "role-hypernyms.map": roleHypernymsFile, "role-acronyms.map": roleAcronymsFile}
	names, err := filepath.Glob(filepath.Join("lists", "*.map"))
	require.NoError(t, err)
	assert.Len(t, names, len(files), "every map file is read and checked here")
	for name, embedded := range files {
		data, err := os.ReadFile(filepath.Join("lists", name))
		require.NoError(t, err)
		assert.Equal(t, listgen.StripComments(string(data)), embedded, "the compiled-in list is the file, its comments left out")
		assert.Regexp(t, `^# \S`, string(data), "a list opens with a header")
		assert.Contains(t, string(data), "Source:")
		entries := lexicon.Parse(embedded)
		require.NotEmpty(t, entries)
		seen := map[string]bool{}
		for _, e := range entries {
			assert.False(t, seen[e.Word], "%s: %s is listed twice", name, e.Word)
			seen[e.Word] = true
			assert.Equal(t, strings.ToLower(e.Word), e.Word, name)
			if name == "descriptor-nouns.map" {
				assert.Len(t, e.Fields, 1, "%s: %s", name, e.Word)
				assert.Contains(t, []string{"office", "identity"}, strings.Join(e.Fields, " "), "%s: %s", name, e.Word)
				continue
			}
			assert.NotEmpty(t, e.Fields, "%s: %s names no role", name, e.Word)
			if name == "role-acronyms.map" {
				// An acronym a role noun ("the CFO" a person), each title
				// by its last two words joined by a hyphen.
				assert.NotZero(t, lookupWord(e.Word)&wcRoleNoun, "%s: %s is not on role-nouns.txt", name, e.Word)
				for _, f := range e.Fields {
					assert.Regexp(t, `^[a-z]+-[a-z]+$`, f, "%s: %s", name, e.Word)
				}
				continue
			}
			for _, w := range append([]string{e.Word}, e.Fields...) {
				_, title := wcTitle.genderOf(lookupWord(w))
				assert.True(t, title || lookupWord(w)&wcRoleNoun != 0, "%s: %s is on neither roles-nouns.txt nor titles.txt", name, w)
			}
		}
	}
}

// TestSecondReferenceHelpers checks the pieces S13 reads: age keys, ages
// after and before a name, and capitalised modifiers.
func TestSecondReferenceHelpers(t *testing.T) {
	for w, want := range map[string]string{
		"45-year-old": "45y", "nine-Month-old": "ninem", "year-old": "", "old": "", "45": "", "5-YEAR-OLD": "5y", "-year-old": "",
		"45-year-olds": "", "45-year-olD": "45y", "45-year-ol": "", "forty-year-old": "fortyy",
	} {
		assert.Equal(t, want, ageKey(w), w)
	}
	var mods []string
	text := "the former Russian President and Florida Sen."
	forModifiers(text, 0, int32(len(text)), func(m string) { mods = append(mods, m) })
	assert.Equal(t, []string{"Russian", "Florida"}, mods)
	assert.True(t, isHypernym("leader", "president"))
	assert.False(t, isHypernym("president", "leader"))
	assert.Equal(t, descOffice, descriptorNouns["senator"])
	assert.Equal(t, descNone, descriptorNouns["moderator"])
}
