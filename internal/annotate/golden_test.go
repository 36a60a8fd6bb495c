package annotate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/annotate/internal/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenLines prints a result one span per line, in text order within each
// kind, so that a review reads the diff:
//
//	speaker s1 person "Donald Trump" quotes 2 words 31 role "US president"
//	mention s1 263:287 "US president Donald Trump"
//	quote q1 420:466 para 3 s1 cue 500:504 "said" cue 0.97 "“a lot of momentum…”"
//	date 5:15 DATE 2025-10-17 "2025-10-17"
func goldenLines(res Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "dateline %s\n", res.Dateline)
	for _, s := range res.Speakers {
		role := ""
		if s.Role != "" {
			role = fmt.Sprintf(" role %q", s.Role)
		}
		fmt.Fprintf(&b, "speaker %s %s %q quotes %d words %d%s\n", s.ID, s.Kind, s.Name, s.Quotes, s.Words, role)
		for _, m := range s.Mentions {
			fmt.Fprintf(&b, "mention %s %d:%d %q\n", s.ID, m.Start, m.End, m.Text)
		}
	}
	for _, q := range res.Quotes {
		who := "-"
		if q.Speaker != nil {
			who = *q.Speaker
		}
		cue := "nocue"
		if q.Cue != nil {
			cue = fmt.Sprintf("cue %d:%d %q", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
		unclosed := ""
		if q.Unclosed {
			unclosed = " unclosed"
		}
		fmt.Fprintf(&b, "quote %s %d:%d para %d %s %s%s %s %.2f %q\n", q.ID, q.Start, q.End, q.Paragraph, who, cue, unclosed, q.Attribution, q.Confidence, q.Text)
	}
	for _, d := range res.Dates {
		mod := ""
		if d.Mod != "" {
			mod = " mod " + d.Mod
		}
		fmt.Fprintf(&b, "date %d:%d %s %s%s %q\n", d.Start, d.End, d.Type, d.Value, mod, d.Text)
	}
	return b.String()
}

// TestGolden annotates each article under testdata/golden (and the seed
// article the product was founded on, from ../shared/eval) and compares the
// result with its reviewed .golden file. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	require.NoError(t, err)
	cases := map[string]string{} // golden path -> input path
	for _, in := range inputs {
		cases[strings.TrimSuffix(in, ".txt")+".golden"] = in
	}
	cases[filepath.Join("testdata", "golden", "seed.golden")] = filepath.Join(corpus.EvalDir(), "seed-article.txt")

	for golden, input := range cases {
		t.Run(filepath.Base(golden), func(t *testing.T) {
			text, err := os.ReadFile(input)
			if os.IsNotExist(err) && os.Getenv("CI") == "" {
				t.Skipf("%s is missing: it lives in ../shared beside the repository", input)
			}
			require.NoError(t, err)
			res, err := Annotate(string(text), Options{})
			require.NoError(t, err)
			assert.Empty(t, checkInvariants(string(text), res))
			got := goldenLines(res)
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -run TestGolden -update, then review the file by eye")
			assert.Equal(t, string(want), got)
		})
	}
}
