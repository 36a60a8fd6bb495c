//go:build wasm

package resultjson

import "strconv"

// The WebAssembly modules write numbers with strconv: see numbers.go.

// hundredths is false: appendFloat writes every number with strconv.
const hundredths = false

// appendInt writes n in decimal.
func appendInt(dst []byte, n int) []byte { return strconv.AppendInt(dst, int64(n), 10) }

// appendHundredths is not called in this build (hundredths is false).
func appendHundredths(dst []byte, k int) []byte {
	return strconv.AppendFloat(dst, float64(k)/100, 'f', -1, 64)
}
