// Package wasmpack rewrites the data section of a WebAssembly module that
// the Go toolchain wrote, so that it compresses better, without changing
// what the module does.
//
// # Why
//
// Go's linker (cmd/link, wasm's writeDataSec) leaves out every run of more
// than eight zero bytes from the module's data, and starts a new active data
// segment after it: memory starts zeroed, so the zeros need not be written.
// This makes the file smaller before compression, but a module of a few
// megabytes gets some 50,000 segments, each with its own header (a flag, an
// i32.const offset, a length), and those headers are close to random bytes
// for brotli and gzip. Writing the short runs of zeros back into one
// segment costs a few zero bytes, which compress to almost nothing: on the
// embed's module, merging segments whose gap is at most [DefaultMaxGap]
// bytes takes the brotli size from 0.718 MB to 0.658 MB (the raw size grows
// from 3.9 MB to 4.5 MB; see the README, "What size").
//
// # What changes
//
// [Pack] reads the module section by section and rewrites only the data
// section (and the data count section, when there is one): the segments,
// sorted by address, and each one joined with the next when the zeros
// between them are at most maxGap bytes. Memory after instantiation holds
// the same bytes, since the gaps it fills are zeros that memory already
// holds. Any other section is copied byte for byte. A module whose data it
// cannot read as Go writes it (passive segments, another memory, an offset
// that is not an i32.const, overlapping segments) is refused with an error,
// never rewritten.
package wasmpack
