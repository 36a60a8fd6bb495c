// Package words reads the text of a document once into words and marks,
// looking every word up once in the one word table of the engine, for
// every stage to build its own tokens from (issue 14: the date stage and
// the quote stage each split the whole text and looked every word up in
// their own table).
//
// In order:
//
//  1. the stages put their word lists in the shared table at start-up,
//     each in its own half of a word's value ([Quote], [Date]);
//  2. [Of] gives the words of a document, kept with it for the next
//     stage, and [Words.Para] splits a paragraph into [Token]s (a word as
//     the quote stage reads it, or one mark) the first time a stage asks
//     for it;
//  3. a stage reads the tokens of a paragraph ([Words.Para]) and makes its
//     own tokens of them: where its reading of the text differs (the date
//     stage splits "Jean-Luc" and reads "1,000" as one number), it reads
//     those bytes itself, and [At] gives the quote stage's reading of a
//     word cut short.
package words
