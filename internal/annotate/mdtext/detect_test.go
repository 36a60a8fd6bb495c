package mdtext

import "testing"

func TestSingleEmphasis(t *testing.T) {
	tests := []struct {
		line   string
		marker byte
		want   bool
	}{
		{"We *really* need it", '*', true},
		{"*Start* of a line", '*', true},
		{"in (*brackets*) too", '*', true},
		{"ends a line with _stress_", '_', true},
		{"the *word*, then more", '*', true},
		{"no markers at all", '*', false},
		{"a * b * c", '*', false},                      // spaced: arithmetic, not emphasis
		{"2*3*4 is a product", '*', false},             // no space before the opening marker
		{"an *unclosed marker", '*', false},            // never closed
		{"**bold** is not single", '*', false},         // doubled markers do not open
		{"snake_case_name and more", '_', false},       // inside a word
		{"a *word*s then", '*', false},                 // the closing marker is inside a word
		{"*", '*', false},                              // one marker alone
		{"", '*', false},                               // empty
		{"first *a and *b* later", '*', true},          // the first opening stands
		{"many * * * markers *then* words", '*', true}, // spaced markers skipped
	}
	for _, tt := range tests {
		if got := singleEmphasis(tt.line, tt.marker); got != tt.want {
			t.Errorf("singleEmphasis(%q, %q) = %v, want %v", tt.line, tt.marker, got, tt.want)
		}
	}
}
