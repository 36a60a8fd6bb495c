package annotate

import (
	"strings"
	"testing"
)

// collapseSpaceCases are texts with and without white space to fold; the
// fast path (isCollapsed) must give what folding gives.
var collapseSpaceCases = []string{
	"", " ", "Jane Doe", "Jane  Doe", " Jane Doe", "Jane Doe ", "Jane\nDoe", "Jane\tDoe",
	"Jane\u00a0Doe", "Jane\u2003Doe", "Renée Dubois", "a", "a b c", "last\r\nweek", "x\v\fy",
}

func TestCollapseSpace(t *testing.T) {
	for _, s := range collapseSpaceCases {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range collapseSpaceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
