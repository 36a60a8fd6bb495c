// Package lexicon holds the one word table of the engine and reads the word
// lists it is filled from.
//
// Every word list of the engine (cue verbs, titles, first names, date
// words, …) is a text file embedded in the package that uses it, one entry
// a line, with a header saying what the list is and where its entries come
// from. In order:
//
//  1. [Parse] reads a list file into entries (a word and its fields);
//  2. the using package turns each entry into a uint32 of what the list
//     says of the word (a bit per list, a gender, a class and a value) and
//     [Table.Add]s it;
//  3. its tokenizer looks every word of the text up once, with
//     [Table.LookupAt] or [Table.LookupLettersAt] (packing eight bytes at
//     a time), and keeps the answer.
//
// [Problems] is what the lists' tests check: no word twice, no upper case,
// no word that can never match.
package lexicon
