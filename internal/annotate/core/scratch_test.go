package core

import "testing"

// TestASCIILetterRun checks the eight-bytes-at-a-time scan against a byte
// by byte one, from every offset of texts with letters at and across the
// eight-byte steps, digits, marks, letters beyond ASCII and bytes that
// are no UTF-8.
func TestASCIILetterRun(t *testing.T) {
	texts := []string{
		"",
		"word",
		"Wednesday, 17 October",
		"abcdefghijklmnopqrstuvwxyz0ABCDEFGHIJKLMNOPQRSTUVWXYZ",
		"café déjà-vu @[`{ 12am",
		"x\xff\x80y",
		"Zelenskiy's",
		"abc123XYZ/09:az@[`{/:",
		"COVID19 vaccines, 2025-10-17",
		"naïve café",
		"x\xff\x80y0",
	}
	for _, text := range texts {
		for from := 0; from <= len(text); from++ {
			want := from
			for want < len(text) && (text[want] >= 'a' && text[want] <= 'z' || text[want] >= 'A' && text[want] <= 'Z') {
				want++
			}
			if got := ASCIILetterRun(text, from, len(text)); got != want {
				t.Errorf("ASCIILetterRun(%q, %d) = %d, want %d", text, from, got, want)
			}
		}
	}
}
