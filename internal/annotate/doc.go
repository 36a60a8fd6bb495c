// Package annotate finds, in a news article, who speaks, what they said and
// when things happened: direct quotes tied to their speakers, every mention
// of each speaker, and time expressions normalized in TIMEX3 style against
// the article's dateline. It is the one home of the annotation rules; the
// command-line tool, the WebAssembly bridge and the page only adapt it. It is
// pure Go and runs unchanged compiled to WebAssembly.
//
// # Positions
//
// Every position is a [Span]: a half-open range of UTF-8 byte offsets into
// the text given to [Annotate]. Lists are sorted by position and spans fall
// on rune boundaries, invalid UTF-8 included (each invalid byte stands
// alone). JavaScript indexes strings in UTF-16 code units: [UTF16Map] and
// [Result.ToUTF16] convert at the edge.
//
// # Pipeline
//
// [Annotate] reads Markdown through a plain-text projection (markdown.go)
// and then runs, in order:
//
//  1. paragraphs: blank lines separate paragraphs, or every line does when
//     the text has no blank line (document.go);
//  2. the dateline: the option, or else a date written near the top of the
//     article (dateline.go);
//  3. time expressions, found and normalized (date*.go);
//  4. quotes, cues and speakers (quote*.go, cue*.go, speaker*.go);
//  5. finish: sorting, and the text of each span derived from it
//     (annotate.go).
//
// [RenderHTML] turns a text and its [Result] into safe highlighted HTML.
package annotate
