// Package timex finds the time expressions of an article and normalizes
// them in TIMEX3 style: "Friday" is a DATE of value 2025-10-17 against a
// dateline of Friday 17 October 2025, "three years" a DURATION of P3Y,
// "every week" a SET of P1W. The conventions (which words a span takes,
// the values) are those of TimeML's TIMEX3 as annotated in TimeBank, the
// corpus of TempEval-3.
//
// # Order
//
// [Find] runs, for each paragraph of a [core.Document]:
//
//  1. scan.go reads the paragraph once as tokens, in windows of at most
//     dateHardWindow tokens, and looks every word up once in the date
//     lexicon (lexicon.go, the words of words.txt in a [lexicon.Table]);
//  2. find.go lists the tokens that can open an expression, and the
//     grammar is tried only there: parse.go reads the modifiers that may
//     lead ("about", "early") and dispatches on the first token to one
//     file per construct: numbers.go (ISO and numeric dates, years,
//     decades), clock.go, quantities.go (numbers of units, "ago"),
//     months.go, weekdays.go (and today, tomorrow), relative.go (now,
//     last/next/this, every), seasons.go (and holidays), quarters.go,
//     the.go ("the past four years");
//  3. tense.go reads the tense of the sentence, which says whether a
//     weekday or a month written alone lies before or after the dateline;
//  4. resolve.go and durations.go write the values against the dateline,
//     into the article's table of values (values.go).
//
// [DetectDateline] finds the article's own date in its first paragraphs
// with the same scanner (dateline.go).
package timex
