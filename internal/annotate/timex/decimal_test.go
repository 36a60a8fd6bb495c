package timex

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecimalValue(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"2.5", 2.5, true},
		{"0.1", 0.1, true},
		{"1,000.25", 1000.25, true},
		{"3.", 3, true},
		{".5", 0.5, true},
		{"007.50", 7.5, true},
		{"123456789012345.6", 123456789012345.6, true},
		{"1234567890123456.7", 0, false}, // too many digits to be exact
		{".", 0, false},
		{"", 0, false},
		{"1.2.3", 0, false},
		{"1e5", 0, false},
		{"-2.5", 0, false},
		{"2,5", 25, true}, // commas are dropped, as the caller did before
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := decimalValue(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestDecimalValueAsParseFloat checks decimalValue against
// strconv.ParseFloat on every split of a run of digits by a point, with
// and without thousands commas: the same float64, bit for bit.
func TestDecimalValueAsParseFloat(t *testing.T) {
	for _, run := range []string{"1", "25", "999", "1000001", "314159265358979", "100000000000001", "900719925474099", "0000012"} {
		for at := 0; at <= len(run); at++ {
			s := run[:at] + "." + run[at:]
			want, err := strconv.ParseFloat(s, 64)
			if err != nil {
				continue // "." alone
			}
			got, ok := decimalValue(s)
			assert.True(t, ok, s)
			assert.Equal(t, want, got, s)
			if at > 3 {
				withComma := s[:at-3] + "," + s[at-3:]
				got, ok = decimalValue(withComma)
				assert.True(t, ok, withComma)
				assert.Equal(t, want, got, withComma)
				assert.Equal(t, strings.ReplaceAll(withComma, ",", ""), s)
			}
		}
	}
}
