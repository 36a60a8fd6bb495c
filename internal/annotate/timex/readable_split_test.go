package timex

import (
	"slices"
	"strings"
	"testing"
)

func FuzzSplitValue(f *testing.F) {
	for _, s := range []string{"", "2025-10-17", "XXXX-WXX-WE", "2025", "12:30:00", "a-b-c-d-e-f", "--", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sep := range []byte{'-', ':'} {
			var buf [4]string
			if got, want := splitValue(s, sep, &buf), strings.Split(s, string(sep)); !slices.Equal(got, want) {
				t.Fatalf("splitValue(%q, %q) = %q, want %q", s, sep, got, want)
			}
		}
	})
}
