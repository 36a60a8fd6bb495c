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
// [Annotate] reads Markdown through a plain-text projection (package
// mdtext: goldmark's tokens, the reader's text, and the map of its offsets
// back to the source) and then runs, in order:
//
//  1. paragraphs: blank lines separate paragraphs, or every line does when
//     the text has no blank line (core.NewDocument);
//  2. the dateline: the option, or else a date written near the top of the
//     article (timex.DetectDateline);
//  3. time expressions, found and normalized (timex.Find);
//  4. quotes, cues and speakers (quote.Find);
//  5. finish: sorting, and the text of each span derived from it
//     (annotate.go).
//
// [RenderHTML] turns a text and its [Result] into safe highlighted HTML
// (a fragment) and [RenderPage] into a standalone page (package render);
// plain text and Markdown share the one renderer.
//
// # Packages
//
// The stages are sub-packages, each with a doc.go giving its own order:
//
//	core      Span, the result types, the Document (text and paragraphs)
//	lexicon   the packed word table, and the reader and checks of list files
//	words     the one word pass: each paragraph's words, each looked up once
//	          in the shared table for both timex and quote
//	timex     time expressions (TIMEX3), one file per construct; words.txt
//	quote     quotes, cues, names, speakers; its word lists in lists/
//	mdtext    Markdown: goldmark's tokens and the projection to plain text
//	render    the HTML fragment and the standalone page
//
// Cases of the rules, as data, are testdata/cases/*.txt (TestCases gives
// the format); golden articles are testdata/golden.
//
// # Quotes
//
// Quotation marks of every kind used in news pair into quoted stretches:
//
//	"…"  “…”  ‘…’  '…'  «…»  „…“  ‹…›  ''…'' (NYT)  ``…'' (Penn Treebank)
//
// A mark inside a word is an apostrophe (don’t, the ’90s, rock ’n’
// roll, students' union). A stretch whose paragraph ends without a closing
// mark continues when the next paragraph opens with one, and otherwise ends
// at its paragraph's end, flagged Unclosed.
//
// Short quoted terms nobody says (titles, nicknames, scare quotes, the
// so-called “deal”) are not quotes. The rule reads how newspapers set a
// quote, not what it says: a stretch is a direct quote when it spans
// paragraphs or is unclosed, opens its paragraph (two words or more), has a
// speech cue set off next to it (“…,” she said / Smith: “…”), or is a
// sentence of its own (a capital and four words or more, or two or more
// ending in . ? !); a long phrase attributed by a cue in its sentence also
// counts. It never counts after "that" (reported speech with quoted words),
// in title case with no cue next to it, or without a letter. Package quote
// gives the rule in full.
//
// # Speakers
//
// Cues come from a lexicon of speech and thought verbs and phrases (said,
// told, added, warned, tweeted, according to, in a statement, …), before,
// after or inside the quote, in either order; "told Y" names the hearer.
// Names carry their titles and roles (Mr, Dr, President, "Ukraine's
// president, Volodymyr Zelenskiy") and are clustered into one speaker under
// the fullest name. A pronoun cue resolves to the nearest compatible earlier
// person; a quote with no cue takes the speaker the surrounding paragraphs
// establish. Photo credits are not speakers.
//
// # Markdown
//
// Markdown is parsed with goldmark and annotated through a projection, the
// text a reader sees (package mdtext); spans map back to the Markdown source.
// Raw HTML is never passed through, and unsafe link schemes are dropped.
package annotate
