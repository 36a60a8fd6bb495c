// Package lexicon holds the word table of the engine and reads the word
// lists it is filled from.
//
// Every word list of the engine (cue verbs, titles, first names, date
// words, …) is a text file of the package that uses it (compiled in as
// lists_gen.go by go generate: see internal/annotate/internal/listgen),
// one entry a line, with a header saying what the list is and where its
// entries come from. In order:
//
//  1. [Parse] reads a list file into entries (a word and its fields);
//  2. the using package turns each entry into a number of what the list
//     says of the word (a bit per list, a gender, a class and a value) and
//     adds it to its half of the engine's one shared [Table] (package
//     words), or to a small table of its own;
//  3. package words looks every word of the text up once, with
//     [Table.LookupAt] or [Table.LookupLettersAt] (packing eight bytes at
//     a time), and keeps the answer for every stage.
//
// [Problems] is what the lists' tests check: no word twice, no upper case,
// no word that can never match.
package lexicon
