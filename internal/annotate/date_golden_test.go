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
)

var updateDates = flag.Bool("update-dates", false, "rewrite the date golden files under testdata/dates/")

// TestDatesGolden runs the whole pipeline on each article of our own under
// testdata/dates (the dateline detected from its text) and compares the
// dates found with the reviewed .golden file, one date per line:
// TYPE start:end "text" value [mod]. Run with -update-dates to rewrite.
func TestDatesGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "dates", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			text := string(src)
			res, err := Annotate(text, Options{Format: FormatPlain})
			require.NoError(t, err)
			var b strings.Builder
			fmt.Fprintf(&b, "dateline %s\n", res.Dateline)
			for _, d := range res.Dates {
				fmt.Fprintf(&b, "%s %d:%d %q %s", d.Type, d.Start, d.End, d.Text, d.Value)
				if d.Mod != "" {
					fmt.Fprintf(&b, " %s", d.Mod)
				}
				b.WriteByte('\n')
			}
			golden := strings.TrimSuffix(path, ".txt") + ".golden"
			if *updateDates {
				require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -run TestDatesGolden -update-dates, then review the file by eye")
			assert.Equal(t, string(want), b.String())
		})
	}
}
