// Package core holds what every stage of the annotator shares: the one
// position type [Span] (byte offsets into the original text), the types of
// a result ([Quote], [Speaker], [Mention], [Date]), the [Document] (the
// text and its paragraphs) that the stages read, and the byte-scanning
// helpers they use (eight bytes at a time, SWAR).
//
// Package annotate re-exports the result types as aliases; the stages
// (timex, quote) take a [Document] made once by [NewPooledDocument] or
// [NewDocument] and give back spans into its text.
package core
