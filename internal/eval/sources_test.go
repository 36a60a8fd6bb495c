package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// article builds gold and predicted quotes over one invented text. Quotes
// and speakers are named by the text they cover (its first occurrence).
type article struct {
	t    *testing.T
	text string
	gold []goldQuote
	out  outDoc
}

func newArticle(t *testing.T, text string) *article {
	return &article{t: t, text: text, out: outDoc{ID: "invented"}}
}

// goldSaid adds a gold quote said by speaker (nil for no speaker), with its
// group and GGT speaker_ref ("" for none).
func (a *article) goldSaid(quote string, speaker *string, group, ref string) *article {
	s, e := cp(a.t, a.text, quote)
	g := goldQuote{Start: s, End: e, Speaker: speaker, Group: group, SpeakerRef: ref}
	if speaker != nil {
		ss, se := cp(a.t, a.text, *speaker)
		g.SpeakerStart, g.SpeakerEnd = &ss, &se
	}
	a.gold = append(a.gold, g)
	return a
}

// predSaid adds a predicted quote by speaker id, creating the speaker with
// name on first use (its one mention is the first occurrence of name).
func (a *article) predSaid(quote, id, name string) *article {
	i := strings.Index(a.text, quote)
	require.GreaterOrEqual(a.t, i, 0, quote)
	a.out.Quotes = append(a.out.Quotes, outQuote{Start: i, End: i + len(quote), Speaker: &id})
	for _, s := range a.out.Speakers {
		if s.ID == id {
			return a
		}
	}
	j := strings.Index(a.text, name)
	require.GreaterOrEqual(a.t, j, 0, name)
	a.out.Speakers = append(a.out.Speakers, outSpeaker{ID: id, Name: name, Mentions: []annotate.Span{{Start: j, End: j + len(name)}}})
	return a
}

// mention adds the first occurrence of text to speaker id's mentions.
func (a *article) mention(id, text string) *article {
	j := strings.Index(a.text, text)
	require.GreaterOrEqual(a.t, j, 0, text)
	for i := range a.out.Speakers {
		if a.out.Speakers[i].ID == id {
			a.out.Speakers[i].Mentions = append(a.out.Speakers[i].Mentions, annotate.Span{Start: j, End: j + len(text)})
		}
	}
	return a
}

func (a *article) score() scoredArticle {
	return scoreArticle(quoteDoc{ID: "invented", Text: a.text, Quotes: a.gold}, a.out)
}

func str(s string) *string { return &s }

func TestScoreArticle(t *testing.T) {
	// Curly quotes make byte and code-point offsets differ.
	two := "“We will open the depot,” said Donald Trump on Monday.\n\n“It will be big,” Trump added."
	tests := []struct {
		name    string
		article *article
		want    SourceArticle
		missing int
	}{
		{
			name: "name variants are one source",
			article: newArticle(t, two).
				goldSaid("“We will open the depot,”", str("Donald Trump"), "", "").
				goldSaid("“It will be big,”", str("Trump"), "", "").
				predSaid("“We will open the depot,”", "s1", "Donald Trump").
				predSaid("“It will be big,”", "s1", "Donald Trump"),
			want: SourceArticle{Gold: 1, Predicted: 1},
		},
		{
			name: "a split: one source, two speakers",
			article: newArticle(t, two).
				goldSaid("“We will open the depot,”", str("Donald Trump"), "", "").
				goldSaid("“It will be big,”", str("Trump"), "", "").
				predSaid("“We will open the depot,”", "s1", "Donald Trump").
				predSaid("“It will be big,”", "s2", "Trump"),
			want: SourceArticle{Gold: 1, Predicted: 2, Splits: [][]string{{"Donald Trump", "Trump"}}},
		},
		{
			name: "a sentence opener glued to a name is nobody",
			article: newArticle(t, "Neither Okafor nor the board would wait. “We act now,” said Ruth Okafor.").
				goldSaid("“We act now,”", str("Ruth Okafor"), "", "").
				predSaid("“We act now,”", "s1", "Neither Okafor"),
			want:    SourceArticle{Gold: 1, Predicted: 1, Nobody: []string{"Neither Okafor"}},
			missing: 1,
		},
		{
			name: "a speaker of quotes the corpus does not count is nobody",
			article: newArticle(t, "The report called it “a mess”. “Fix it,” said Ruth Okafor.").
				goldSaid("“Fix it,”", str("Ruth Okafor"), "", "").
				predSaid("“a mess”", "s1", "The report").
				predSaid("“Fix it,”", "s2", "Ruth Okafor"),
			want: SourceArticle{Gold: 1, Predicted: 2, Nobody: []string{"The report"}},
		},
		{
			name: "a speaker on a gold quote without a speaker is nobody",
			article: newArticle(t, "“Fix it,” a caller said.").
				goldSaid("“Fix it,”", nil, "", "").
				predSaid("“Fix it,”", "s1", "a caller"),
			want: SourceArticle{Gold: 0, Predicted: 1, Nobody: []string{"a caller"}},
		},
		{
			name: "a pronoun-only gold speaker names no source, and our speaker is left out",
			article: newArticle(t, "Ruth Okafor paused. “Fix it,” she said.").
				goldSaid("“Fix it,”", str("she"), "", "").
				predSaid("“Fix it,”", "s1", "Ruth Okafor"),
			want: SourceArticle{Gold: 0, Predicted: 0},
		},
		{
			name: "a pronoun with a resolved speaker_ref names its source",
			article: newArticle(t, "Ruth Okafor paused. “Fix it,” she said.").
				goldSaid("“Fix it,”", str("she"), "", "Ruth Okafor").
				predSaid("“Fix it,”", "s1", "Ruth Okafor").mention("s1", "she"),
			want: SourceArticle{Gold: 1, Predicted: 1},
		},
		{
			// As the reference counts: our speaker is judged against the
			// speaker string and span ("she"), not the speaker_ref.
			name: "a speaker_ref source is found through the pronoun's span",
			article: newArticle(t, "Ruth Okafor paused. “Fix it,” she said.").
				goldSaid("“Fix it,”", str("she"), "", "Ruth Okafor").
				predSaid("“Fix it,”", "s1", "Ruth Okafor"),
			want:    SourceArticle{Gold: 1, Predicted: 1, Nobody: []string{"Ruth Okafor"}},
			missing: 1,
		},
		{
			name: "one group is one source whatever its names; a missed source costs recall",
			article: newArticle(t, "“Rates stay,” the governor said. “For now,” said Ada Lum. “No,” said Ben Ruiz.").
				goldSaid("“Rates stay,”", str("the governor"), "E1", "").
				goldSaid("“For now,”", str("Ada Lum"), "E1", "").
				goldSaid("“No,”", str("Ben Ruiz"), "E2", "").
				predSaid("“Rates stay,”", "s1", "the governor").
				predSaid("“For now,”", "s2", "Ada Lum"),
			want:    SourceArticle{Gold: 2, Predicted: 2, Splits: [][]string{{"the governor", "Ada Lum"}}},
			missing: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.article.score()
			tt.want.ID = "invented"
			assert.Equal(t, tt.want, got.SourceArticle)
			assert.Equal(t, tt.missing, got.missing)
		})
	}
}

// The figures below are those of the reference scripts on the same files:
//
//	python3 ../shared/eval/score_sources.py testdata/sources-gold.jsonl testdata/sources-out.jsonl --json
//	python3 ../shared/eval/calibration.py testdata/sources-gold.jsonl testdata/sources-out.jsonl
func TestScoreSourcesOutput(t *testing.T) {
	r, err := ScoreSourcesOutput(filepath.Join("testdata", "sources-gold.jsonl"), filepath.Join("testdata", "sources-out.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, 2, r.Docs)
	assert.Equal(t, 3, r.Gold)
	assert.Equal(t, 5, r.Predicted)
	assert.Equal(t, 1, r.Splits)
	assert.Equal(t, 2, r.Nobody)
	assert.InDelta(t, 0.4, r.Precision(), 1e-4)
	assert.InDelta(t, 0.6667, r.Recall(), 1e-4)
	assert.InDelta(t, 0.5, r.F1(), 1e-4)
	assert.InDelta(t, 0.5, ratio(r.CountExact, r.Docs), 1e-9)
	assert.InDelta(t, 1.0, ratio(r.CountError, r.Docs), 1e-9)

	c := r.Calibration
	assert.Equal(t, 6, c.Judged)
	assert.Equal(t, 1, c.Missing, "a quote with a confidence and no attribution is missing")
	assert.InDelta(t, 0.255, c.ECE(), 1e-4)
	wantN := [10]int{0, 1, 0, 0, 1, 1, 0, 1, 0, 2}
	wantAcc := [10]float64{0, 0, 0, 0, 1, 1, 0, 1, 0, 1}
	for i, b := range c.Bins {
		assert.Equal(t, wantN[i], b.N, "bin %d", i)
		assert.InDelta(t, wantAcc[i], b.Accuracy(), 1e-9, "bin %d", i)
	}
	assert.InDelta(t, 0.935, c.Bins[9].MeanConfidence(), 1e-9)
	assert.Contains(t, c.String(), "  expected calibration error                       0.255\n")
	assert.Contains(t, r.String(), "source F1")
}

func TestCalibrate(t *testing.T) {
	c := Calibrate([]ConfidenceRecord{
		{Present: true, Confidence: 1.0, Right: true}, // 1 goes to the last bin
		{Present: true, Confidence: 0.9, Right: false},
		{Present: true, Confidence: 0.05, Right: false},
		{},
	})
	assert.Equal(t, 3, c.Judged)
	assert.Equal(t, 1, c.Missing)
	assert.Equal(t, 2, c.Bins[9].N)
	assert.Equal(t, 1, c.Bins[0].N)
	// bin 9: accuracy 0.5, mean 0.95; bin 0: accuracy 0, mean 0.05.
	assert.InDelta(t, (0.45*2+0.05)/3, c.ECE(), 1e-9)
}

func TestCalibrationWithoutConfidence(t *testing.T) {
	c := Calibrate([]ConfidenceRecord{{}, {}})
	assert.Equal(t, "calibration: the engine gives no confidence yet (2 quotes without one)\n", c.String())
	assert.Zero(t, c.ECE())
}
