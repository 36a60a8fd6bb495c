// Package quote finds the direct quotes of an article and who said them:
// it pairs quotation marks into quoted stretches, keeps those that read as
// someone's words, and ties each to a speaker through a cue (said, told,
// according to, …), a name and a colon, or the speaker the surrounding
// paragraphs establish. Quotes, cues, names and speakers are one engine:
// each step reads what the others found.
//
// # Order
//
// [Find] runs over a [core.Document]:
//
//  1. marks.go pairs quotation marks into quoted stretches, over
//     paragraphs when a quote continues;
//  2. paragraph by paragraph, tokens.go splits the text around them into
//     words (each looked up once in the word lists of lists/, lexicon.go)
//     and sentences; names.go finds names with their titles and roles and
//     clusters.go clusters them into entities; cues.go finds the cue
//     words, subjects.go the speaker of each, and pronouns.go the person a
//     pronoun subject stands for;
//  3. attribute.go ties each stretch to a cue next to it or in its
//     sentence (before, after), and decide falls back on the speaker the
//     surrounding paragraphs establish;
//  4. direct.go keeps the stretches that are direct quotes;
//  5. output.go writes the quotes and the speakers, with their IDs.
//
// # Direct quotes
//
// A quoted stretch is a direct quote when it reads as
// someone's words, judged by how it sits in the sentence:
//
//   - it runs over paragraphs or is unclosed;
//   - or it opens its paragraph, with two words or more, unless it is the
//     whole paragraph without any punctuation (a subheading);
//   - or a cue is set off next to it ("…,” she said; he said: “…”;
//     Smith: “…”), and it begins with a capital or, after a comma or a
//     colon, starts a clause of its own;
//   - or it begins with a capital and is a sentence: four words or more,
//     or two or more ending with . ? !;
//   - or it is attributed by a cue in its sentence and is a phrase of
//     seven words or more with a comma inside and no closing punctuation,
//     or shares its sentence with a direct quote of the same speaker;
//   - but never when it follows "that" (reported speech with quoted
//     words: she said that “…”), when it is in title or headline case
//     without a cue next to it (“Meet the Press”), or when it holds no
//     letter (an HTML attribute, a number).
//
// Anything else (titles, nicknames, scare quotes, the so-called “deal”, a
// word or two quoted inside the reporter's own sentence) is not a quote.
// The rule reads how newspapers set quotes, not what they quote, so it
// holds across outlets and house styles.
//
// # Word lists
//
// Every list is a file of lists/ (cues.txt, titles.txt, first-names.txt,
// …), one entry a line under a header that says what the list is and
// where its entries come from; TestWordListFiles checks them.
package quote
