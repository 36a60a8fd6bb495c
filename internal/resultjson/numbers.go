//go:build !wasm

package resultjson

import "strconv"

// This file holds the native build's ways of writing numbers, without
// strconv's general paths: -jsonl writes about 180 numbers an article.
// The WebAssembly modules write them with strconv (numbers_wasm.go): the
// embed's module, paid by every reader, was about 5 KB (brotli) larger
// with these.

// hundredths tells appendFloat to write a confidence in hundredths with
// appendHundredths.
const hundredths = true

// appendInt writes n in decimal, as strconv.AppendInt does. The
// non-negative numbers under 1e8 (offsets, counts) are written two digits
// a step, without a call: those under 10,000 (the offsets of most
// articles) by one append, the others in place after one capacity check.
func appendInt(dst []byte, n int) []byte {
	switch {
	case n < 0 || n >= 1e8:
		return strconv.AppendInt(dst, int64(n), 10)
	case n < 10:
		return append(dst, byte('0'+n))
	case n < 100:
		return append(dst, pairs[2*n], pairs[2*n+1])
	case n < 10000:
		q, r := n/100, n%100
		if q < 10 {
			return append(dst, byte('0'+q), pairs[2*r], pairs[2*r+1])
		}
		return append(dst, pairs[2*q], pairs[2*q+1], pairs[2*r], pairs[2*r+1])
	}
	width := 5
	for m := n; m >= 100000; m /= 10 {
		width++
	}
	at := len(dst)
	dst = append(dst, 0, 0, 0, 0, 0, 0, 0, 0) // room for the widest, stored in place
	b := dst[at : at+width]
	for i := width; n > 0; n /= 100 {
		r := n % 100
		if i == 1 { // the odd digit first
			b[0] = byte('0' + r)
			break
		}
		i -= 2
		b[i+1], b[i] = pairs[2*r+1], pairs[2*r]
	}
	return dst[:at+width]
}

// pairs holds the two digits of 00 to 99, in order.
const pairs = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" +
	"30313233343536373839" + "40414243444546474849" + "50515253545556575859" +
	"60616263646566676869" + "70717273747576777879" + "80818283848586878889" +
	"90919293949596979899"

// appendHundredths writes k/100, 0 <= k <= 100, as the shortest decimal:
// what strconv writes for the float64 nearest to k/100 (the division
// rounds correctly, and no other decimal of two digits or fewer is that
// near it), "0", "0.5", "0.98" or "1".
func appendHundredths(dst []byte, k int) []byte {
	switch {
	case k == 0:
		return append(dst, '0')
	case k == 100:
		return append(dst, '1')
	case k%10 == 0:
		return append(dst, '0', '.', byte('0'+k/10))
	}
	return append(dst, '0', '.', pairs[2*k], pairs[2*k+1])
}
