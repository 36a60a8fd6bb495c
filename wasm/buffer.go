//go:build js && wasm

package main

// The bridge writes each answer into one buffer that it keeps from call to
// call (an answer crosses to JavaScript as a copy, a string, so the buffer
// is free again once the call returns): on a short article, growing a new
// buffer from nothing was a tenth of the result's encoding.

// keptBuffer is the buffer the answers are written into.
var keptBuffer []byte

// maxKeptBuffer is the largest buffer kept between calls: a long article's
// answer (tens of megabytes) is let go once it is sent.
const maxKeptBuffer = 1 << 20

// outBuffer returns an empty buffer for an answer about a text of n bytes:
// the kept one, grown to about what such an answer takes.
func outBuffer(n int) []byte {
	want := min(4*n+1024, maxKeptBuffer)
	if cap(keptBuffer) < want {
		keptBuffer = make([]byte, 0, want)
	}
	return keptBuffer[:0]
}

// keepBuffer keeps b for the next answer, unless it grew past
// maxKeptBuffer, and returns it as the answer's JSON.
func keepBuffer(b []byte) jsonText {
	if cap(b) <= maxKeptBuffer {
		keptBuffer = b
	} else {
		keptBuffer = nil
	}
	return jsonText(b)
}
