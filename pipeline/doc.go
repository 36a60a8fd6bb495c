// Package pipeline is the job of `annotate -jsonl` and `annotate sources`
// as an Apache Beam pipeline, for archives larger than one machine: it
// reads JSON Lines articles from files (local paths, gs://, any filesystem
// registered with Beam), annotates each line with the same functions of
// internal/batch that the CLI calls, and writes the per-article results,
// the sources table and a dead-letter output of the bad lines.
//
// # Stages
//
//  1. [ReadLines]: match the globs and read every file as numbered lines,
//     split into blocks of about [DefaultBlockSize] bytes (see read.go for
//     how each block learns the number of its first line).
//  2. Reshuffle, so that annotation is spread over the workers whatever the
//     number of files.
//  3. Annotate: batch.ProcessLine per line; batch.ReadSources of its result
//     line. A [*batch.LineError] goes to the dead letters.
//  4. Sum the sources with a combiner whose accumulator is a batch.Table
//     (batch.Table.Merge merges partial tables in any order).
//  5. Write the results and dead letters in shards, and the table as CSV
//     and/or JSON, byte for byte as batch.Table.WriteCSV and WriteJSON.
//
// The result of an article without "id" gets its line number as id, as in
// the CLI; with several input files, give every article an id, or results
// of different files can share one.
package pipeline
