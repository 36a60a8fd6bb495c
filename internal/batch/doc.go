// Package batch is the line-level work of annotating an archive of articles
// given as JSON Lines: the CLI's `annotate -jsonl` and `annotate sources`
// call it line by line, and so can a distributed pipeline, which then gives
// the same results as the CLI.
//
// # Lines
//
// An input line is one JSON object with a string "text" (the article), and
// optionally "id" (any JSON value) and "dct" (its dateline, YYYY-MM-DD).
// [ProcessLine] annotates it and returns the output line: the input object
// with all its members kept byte for byte, in their order, followed by the
// members that the result adds: "format", "dateline", "quotes",
// "speakers", "dates" and "date_order" (see [resultjson.FieldNames]). An
// input member with one of those names is refused rather than overwritten,
// unless [Options].Keep leaves it out of the output (Keep lists the
// members to keep; "id" is always kept). When the input has no
// "id", the output starts with "id" set to the input's line number (1-based,
// a JSON number), so that every output line can be matched to its input.
//
// Every error is a [*LineError] naming the line; a caller reports it and
// goes on with the next line.
//
// # Sources
//
// [ReadSources] reads a line that is either a result (an output line of
// [ProcessLine], or anything with "quotes" and "speakers" in the result
// format) or an article (annotated on the way), and returns its
// [annotate.Sources] table with the values of the fields to group by. A
// [Table] sums those figures per group and per speaker; [Table.Merge] adds
// one table into another, so partial tables (one per worker, or a combiner's
// accumulators) give the same totals in any order.
//
// A speaker is one entity within an article, as the engine clusters it
// ("Ines Moreau", "Moreau" and "she" in one story). Across articles there
// is no such clustering: rows are joined by normalized name and kind, which
// is approximate: two people of one name are one row, and a speaker named
// "Moreau" in one article and "Ines Moreau" in another are two.
package batch
