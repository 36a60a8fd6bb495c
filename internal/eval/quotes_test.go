package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeQuoteDocs writes docs as a JSON Lines file and returns its path.
func writeQuoteDocs(t *testing.T, docs ...map[string]any) string {
	t.Helper()
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(d)
		require.NoError(t, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "quotes.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// cp returns the code-point offsets of the first occurrence of sub in s.
func cp(t *testing.T, s, sub string) (int, int) {
	t.Helper()
	i := strings.Index(s, sub)
	require.GreaterOrEqual(t, i, 0, sub)
	start := utf8.RuneCountInString(s[:i])
	return start, start + utf8.RuneCountInString(sub)
}

func TestScoreQuotes(t *testing.T) {
	// An invented article: one quote right (speaker by mention), one found
	// with a wrong speaker, one missed (a one-word term the annotators
	// counted), and one prediction on a partial (mixed) quote.
	text := "“Café prices will rise,” said Anna Weber.\n\n" +
		"“We disagree with that,” Tom Hale told Anna Weber.\n\n" +
		"The plan, which critics called “reckless”, passed.\n\n" +
		"Mr Hale said the vote was “a clear win for the city, and for everyone who lives here” on Friday."
	q1s, q1e := cp(t, text, "“Café prices will rise,”")
	s1s, s1e := cp(t, text, "Anna Weber")
	q2s, q2e := cp(t, text, "“We disagree with that,”")
	q3s, q3e := cp(t, text, "“reckless”")
	p1s, p1e := cp(t, text, "“a clear win for the city, and for everyone who lives here”")
	path := writeQuoteDocs(t, map[string]any{
		"id":   "invented:doc1",
		"text": text,
		"quotes": []map[string]any{
			{"start": q1s, "end": q1e, "speaker": "Anna Weber", "speaker_start": s1s, "speaker_end": s1e},
			{"start": q2s, "end": q2e, "speaker": "Anna Weber", "speaker_ref": "Anna Weber"},
			{"start": q3s, "end": q3e, "speaker": nil},
		},
		"partial_quotes": []map[string]any{{"start": p1s, "end": p1e, "speaker": "Mr Hale"}},
	})
	r, err := ScoreQuotes(path)
	require.NoError(t, err)
	assert.Equal(t, 1, r.Docs)
	assert.Equal(t, 3, r.Gold)
	assert.Equal(t, 2, r.Exact)
	assert.Equal(t, 2, r.Overlap)
	assert.Equal(t, 2, r.SpeakerGold, "the quote with no speaker span and no ref is not counted")
	assert.Equal(t, 1, r.SpeakerRight, "Tom Hale said the second quote, not Anna Weber")
	assert.Len(t, r.Misses, 1)
	assert.Equal(t, 1, r.OnPartial, "the long attributed phrase is predicted and falls on the partial quote")
	assert.Empty(t, r.FalsePositives)
	require.Contains(t, r.BySource, "invented")
	assert.Equal(t, QuoteCounts{Gold: 3, Predicted: r.Predicted, Overlap: 2, SpeakerGold: 2, SpeakerRight: 1}, *r.BySource["invented"])
	out := r.String()
	assert.Contains(t, out, "exact span")
	assert.Contains(t, out, "Speaker accuracy: 0.500 (1 of 2")
}

func TestSpeakerRight(t *testing.T) {
	tests := []struct {
		name       string
		ours       string
		goldName   string
		ref        string
		wantResult bool
	}{
		{"same last name", "Donald Trump", "Mr. Trump", "", true},
		{"title and role", "Volodymyr Zelenskiy", "Ukraine's president, Volodymyr Zelenskiy", "", true},
		{"possessive", "Anna Weber", "Weber's", "", true},
		{"speaker_ref when the span is a pronoun", "Anna Weber", "she", "Anna Weber", true},
		{"pronoun needs a mention", "Anna Weber", "she", "", false},
		{"different people", "Anna Weber", "Tom Hale", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := speakerFixture(tt.ours)
			assert.Equal(t, tt.wantResult, speakerRight(sp, nil, tt.goldName, tt.ref))
		})
	}
}

// speakerFixture is a speaker with a name and no mentions.
func speakerFixture(name string) *annotate.Speaker { return &annotate.Speaker{Name: name} }

func TestScoreQuotesMissingFile(t *testing.T) {
	_, err := ScoreQuotes(filepath.Join(t.TempDir(), "absent.jsonl"))
	assert.Error(t, err)
}
