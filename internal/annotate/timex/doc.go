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
//  1. scan.go reads the paragraph as tokens, in windows of at most
//     dateHardWindow tokens, from the words package words read once for
//     every stage, each looked up once in the date lexicon (lexicon.go,
//     the words of words.txt in the date half of the shared table);
//  2. find.go lists the tokens that can open an expression, and the
//     grammar is tried only there: parse.go reads the modifiers that may
//     lead ("about", "early") and dispatches on the first token to one
//     file per construct: numbers.go (ISO and numeric dates, years,
//     decades), clock.go, quantities.go (numbers of units, "ago"),
//     months.go, weekdays.go (and today, tomorrow), relative.go (now,
//     last/next/this, every), seasons.go (and holidays), quarters.go,
//     the.go ("the past four years"), lasting.go (the words that decide
//     a quantity's extent: "over", a verb of lasting), records.go ("their
//     best quarter since 2023"), games.go (a game's "fourth quarter" is
//     none);
//  3. tense.go reads the tense of the sentence, which says whether a
//     weekday or a month written alone lies before or after the dateline
//     (schedule.go: the verbs of an event fixed ahead, "hosts", "opens");
//  4. resolve.go and durations.go write the values against the dateline,
//     into the article's table of values (values.go); anchor.go and
//     back.go against the story's time and what a date is compared
//     with, locale.go decides the order of numeric dates;
//  5. find.go leaves out the article's own dateline (dateline.go) and
//     the times inside quoted titles (titles.go).
//
// [DetectDateline] finds the article's own date in its first paragraphs
// with the same scanner (dateline.go).
//
// # Rules
//
// The rules are numbered; each names an example and its source, and the
// cases of internal/annotate/testdata/cases/dates.txt are keyed by them
// (the older cases there are keyed date.*, by construct).
//
//   - D1 (months.go, numbers.go): a calendar date is one DATE of value
//     YYYY-MM-DD: "17 October 2025", "October 17, 2025", "Oct. 3, 1987",
//     "2024-02-29". TimeML Annotation Guidelines 1.2.1, the value
//     attribute (ISO 8601).
//   - D2 (tense.go, resolve.go): a month or weekday written alone is the
//     nearest one before the dateline in a past-tense sentence and after
//     it in a future one ("will be sentenced Nov. 4" is future: the
//     auxiliary decides, not the participle; "could", "might", "should"
//     point ahead; "cut", "set", "hit" are past as a finite verb, "The
//     bank cut rates in December", not after a modal or "to"; "set to
//     resume Monday" looks ahead; after a deadline's preposition, "by
//     March", "until May", "through January", ahead unless a past cue
//     comes before it, "was finished by August"; ", and" or ", but"
//     opens a clause with its own tense, "was published last year, and
//     on Tuesday the council will debate it"; "is to" or "are to" before
//     a verb is an arrangement ahead, "is to resume trading on Tuesday",
//     and so are "is forecast to", "are likely to", "is due to", and a
//     verb of a scheduled event in the simple present (schedule.txt:
//     "The team holds a walkthrough Saturday morning", "The museum
//     reopens Tuesday"; not after "the", "to" or a relative pronoun; a
//     plain form after a personal pronoun, "They play Norwich on
//     Wednesday evening");
//     a past form after "be" is a passive, "will be paid in January"; after
//     "is" or "are" a present passive, ahead before "for", "a hearing is
//     set for Monday", "is listed for 12 December", and so is a present
//     perfect one, "has been fixed for 5 October"; looking ahead pauses
//     at a comma, or at "and"/"but" before a verb, while a cue before the
//     expression may still decide, so that the reporting clause does not,
//     "will resume on 3 January, the company said", and a relative
//     clause's date is not the main verb's, "The company, which reports
//     on Aug. 25, said"). TimeML
//     guidelines, the resolution of underspecified dates; TimeBank
//     practice.
//   - D3 (resolve.go, find.go): a day the calendar does not have is not a
//     date, nor is any part of it: "31 February 2025", "29 February 2023".
//     ISO 8601 (the Gregorian calendar).
//   - D4 (resolve.go, dateline.go): a dateline lies in the years
//     1000-9999 ([MinYear], [MaxYear]; Annotate refuses one outside), and
//     a value whose year would pass 9999 writes it XXXX ("next month"
//     against 9999-12-31 is XXXX-01): TIMEX3 years have four digits.
//   - D20 (anchor.go): an anaphoric expression is resolved against the
//     story's latest date, its anchor, falling back to the dateline: "the
//     next day", "the following month", "that year", "March of that
//     year", "the same day", "the day before" (closing a clause; "the
//     day before the vote" is the vote's; a day or week unit after a
//     year in passing, not one the story moved to, takes the latest day
//     of the paragraph or the one before: "a March 2 trial ... charged over 2019 to 2023
//     ... the week before"), "the following Monday" (the first Monday
//     after that day), "the following March", "the next January" (the
//     first such month after the anchor); "two days later" is the DURATION "two days"
//     as TimeBank spans it, and moves the story on by two days; "the end
//     of the year", "later in the month", "the end of the decade" are the
//     story's units, and "the new year" the year after the story's (near
//     the dateline: the next year from July, else the dateline's). TimeML
//     guidelines (anchorTimeID: relative times are anchored on another
//     time expression or the document time); TimeBank ("The following
//     month").
//   - D21 (anchor.go): once a story is set two years or more from its
//     dateline by a date that opens its sentence ("On 7 December 1941,
//     ...", "In 1942, ..."), a month written alone belongs to the story's
//     year, moving on a year when it lies more than two months before the
//     story's month ("In January" after December 1941: 1942-01), and a
//     weekday alone is the first after the story's day. A day or a month
//     after a preposition inside a sentence ("on 1 June 1889", "reached
//     the river in November 1944") sets the story's year for past-tense
//     months and days of its paragraph. Not in the future
//     tense, not "said Sunday" (the news idiom of the dateline's week),
//     not a year in passing ("founded in 1998"); a date near the dateline
//     ("Today", "last year") returns the story to it. Near the
//     dateline, a month or day written without a year takes the year its
//     sentence named just before, as a year and in the same clause ("last
//     year it recorded 112 tornadoes in April" 2025-04; not a year counted
//     back, "compared with a year ago", nor a quarter's), and a weekday in a future sentence after a day ahead it
//     named is on or after that day ("on Friday, Oct. 9, ahead of the
//     holiday on Monday" 12 October). HeidelTime's
//     narrative mode (Strötgen and Gertz 2013), within TimeML's anchor.
//   - D30 (durations.go): a decade is P10Y and a century P100Y ("two
//     decades" P20Y): TIMEX3 values use ISO 8601's units, and E and C are
//     not among them; a vague number keeps the unit ("decades" PXE).
//     TimeML guidelines (the value of a DURATION); TimeBank.
//   - D31 (quantities.go): an age is not a time expression, nor is any
//     part of it: "a 6-year-old", "the 30-year-old driver". TimeML
//     guidelines (TIMEX3 marks times, not properties of people; TimeBank
//     is not consistent here).
//   - D32 (numbers.go): a numeric date "03/04/2025" is month first (US
//     usage) unless its first part cannot be a month (13/10/2025) or the
//     article's latest date written with a month name put the day first
//     ("2 October 2025", British and European usage: 3 April). ISO 8601
//     says nothing of slashed dates; the usage notes of the AP and
//     Guardian style guides.
//   - D33 (seasons.go, holidays.go): a holiday is the DATE of its day:
//     fixed ones ("Christmas Day" XXXX-12-25 in the year of D2) and
//     moving ones ("Easter" by the Gregorian computus, "Thanksgiving Day"
//     the fourth Thursday of November, "Memorial Day" the last Monday of
//     May, "Labor Day" the first Monday of September, "Columbus Day" the second
//     Monday of October, "Presidents' Day" the third Monday of February:
//     5 U.S.C. 6103; "Election Day" the Tuesday after the first Monday of
//     November: 2 U.S.C. 7; "Mother's Day" and "Father's Day" the second
//     Sunday of May and the third of June; "Veterans Day", "Juneteenth");
//     those named only with "Day" ("Boxing Day" XXXX-12-26, "Bastille
//     Day", "Independence Day" the US one, "Anzac Day", "Remembrance
//     Day"), and "New Year's Day", "New Year's Eve".
//     TimeML guidelines (holidays are DATEs with their day as value).
//   - D34 (relative.go): "now" as a discourse marker is not a time:
//     "Now, the question is ..." (but TimeBank marks "now that"). TimeML
//     Annotation Guidelines 1.2.1 (only temporal uses of "now" are
//     TIMEX3); TimeBank.
//   - D35 (parse.go): "daily" is a SET P1D as an adverb ("trains run
//     daily", "open daily, except Monday"), nothing as an adjective ("a
//     daily newspaper"). TimeML guidelines (SET); TimeBank.
//   - D36 (quarters.go): a quarter written "Q3" is the DATE 2025-Q3, as
//     "the third quarter" (its year as D2; "Q3 2025" gives its own);
//     "this year's third quarter", "next year's first quarter" are the
//     quarter of that year, one expression.
//     TimeML guidelines (quarters as YYYY-Qn); financial news usage.
//   - D37 (numbers.go): a year said in words is a year where one is
//     expected, and the expression runs on over it: "January nineteen
//     ninety-seven" 1997-01, "the winter of nineteen ninety-four" 1994-WI,
//     "the year two thousand" 2000 (broadcast transcripts). TimeML
//     guidelines (the extent covers the whole expression); TimeBank.
//   - D38 (weekdays.go): a weekday before a plural part of the day is a
//     SET: "Tuesday nights" XXXX-WXX-2TNI. TimeML guidelines (SET);
//     TimeBank.
//   - D39 (quantities.go): "or so" inside a counted date is part of it and
//     makes it approximate: "a week or so ago" (mod APPROX). TimeML
//     guidelines (the mod attribute); TimeBank.
//   - D40 (back.go): "a year ago", "a week earlier" take the granularity
//     of what they are compared with: after "from", "with", "than" in an
//     article that has named a completed quarter, that quarter a year back
//     ("the third quarter ... up from $35 million a year earlier"
//     2024-Q3); with a day named earlier in the sentence, that day ("on
//     Tuesday, against 380 a year ago" 2024-10-14); "earlier" in a story
//     far from its dateline counts from the story's date ("on 11 November
//     1928. A week earlier" 1928-11-04); a month named in the sentence
//     comes before the article's quarter ("reached £148bn in March, up
//     from £131bn a year earlier" 2024-03); "ago" counts from the
//     dateline and takes the sentence's day only as a comparison's term
//     ("on 24/01/2026, less than three weeks ago" is a week, 2026-W04);
//     else the unit's own (2024). A quarter the text says has ended ("its
//     fiscal fourth quarter, which ended June 30") is of that day's year,
//     by its label (TimeBank: "the fiscal first quarter" ended Sept. 29
//     is 1989-Q1), and is the article's quarter whatever the dateline's;
//     "the quarter" of an article that has named one is that quarter;
//     "the three months to March 31" (a quarter's last day) names
//     2026-Q1, and "the year-ago period" after it is 2025-Q1; "the six
//     months to 30 June" names 2026-H1, and a half alone after it ("the
//     first half", else a match's) is of that year.
//     TimeML guidelines (anchorTimeID, the value at the granularity of
//     the expression it is anchored on); TimeBank (the earnings reports
//     of its Wall Street Journal part).
//   - D41 (anchor.go, the.go): "that autumn" is the season of the story's
//     year (1938-FA after "August 1938"), "That August" its month; in a story far from its
//     dateline "by the evening" is the evening of the day its sentence
//     named (1916-05-02TEV), and near the dateline nothing ("the night
//     the ferry sank"). TimeML guidelines (anchored times); TimeBank
//     ("the morning" TIME with the day's value).
//   - D42 (dateline.go): the article's own dateline is not a time
//     expression of it: "WASHINGTON (AP) Oct. 16 — ...", a line of its
//     own before the body ("Published 17 October 2025"), a label opening
//     a paragraph ("date 2025-10-17 ..."); a sentence naming the same day
//     keeps it. TimeML guidelines (the document creation time is the
//     document's metadata, functionInDocument CREATION_TIME); TimeBank
//     (its texts carry no dateline line).
//   - D43 (titles.go, titles.txt): a time expression inside a quoted
//     title of a work is part of its name: "the film “1917”", "the play
//     “Tomorrow Morning”"; so is a number and unit in title case joined by
//     a hyphen before a capitalised noun (quantities.go): "The Four-Minute
//     Mile", "the Six-Day War" ("a four-minute mile" is a DURATION).
//     TimeML guidelines (TIMEX3 marks times the text refers to).
//   - D44 (locale.go, places.txt, british.txt): with no date written with
//     a month name, a numeric date follows another numeric date of the
//     article that can be read one way only ("26/02/2026": day first);
//     else it is day first under the dateline of a day-first place
//     ("LONDON (Reuters) -", "PARIS (AFP) —"), in an article with two
//     British spellings in lower case ("organisation", "programme"), or
//     with a clock time written "7.30pm"; [FindWithOrder] says which
//     order it assumed. CLDR short date patterns by country; AP, BBC and
//     Guardian style guides.
//   - D45 (clock.go): a clock time without a.m. or p.m. ("at 3:15") is
//     the afternoon's for the hours 1 to 6 and as written for 7 to 12,
//     unless a part of the day after it decides ("4:30 in the morning",
//     "8:30 in the evening"); a 24-hour time ("03:15") stays. News usage
//     (AP style writes the small hours with "a.m."); TIMEX3 values use
//     the 24-hour clock.
//   - D46 (clock.go): a clock time with no day of its own is on the day
//     the text named last, in its paragraph or the one before
//     ("travelling on Christmas Eve must finish by 8pm" 2025-12-24T20:00,
//     "early Tuesday. ... called at 3:40 a.m." that Tuesday; a day of an
//     earlier sentence only when the clock time's sentence points the same
//     way from the dateline), else on the dateline's day; the small hours after a time of that evening are
//     the next day's ("before midnight on 14 April ... By 2:20 a.m."
//     15 April); "8 p.m. tonight", "8 p.m. on Election Day", "7.30pm next
//     Wednesday" are one TIME. TimeML guidelines (a time is anchored on the time
//     expression it depends on, anchorTimeID); TimeBank ("the morning"
//     with the day of its story).
//   - D47 (weekdays.go): a weekday written alone that the article has
//     named already is the same day: "expect rain on Wednesday ...
//     tickets for Wednesday were sold out" (both the coming Wednesday),
//     whatever the tense of the second sentence. TimeML guidelines (the
//     same time, referred to again, has the same value).
//   - D48 (anchor.go): the second end of a range written without a year
//     follows the first: "from 27 December to 2 January" 2026-01-02,
//     after "to", "until", "through", a dash, or "and" after "between"
//     ("on Christmas Eve and Valentine's Day" is a list); of weekdays, the
//     second is the first on or after the first, and a range that holds
//     the dateline's weekday is the one around it ("between Friday and
//     Monday" on a Saturday: yesterday to the day after tomorrow); of
//     clock times, the first is on the day written after the second
//     ("between 4 p.m. and 10 p.m. Saturday"), and a weekday of the first
//     is the last on or before the second's day ("from 9am on Friday
//     until 6pm on Monday"); a deadline's preposition before a clock time
//     and its day points the day ahead as before a day alone ("until 6pm
//     on Monday", rule D2). TimeML
//     guidelines (a range is two TIMEX3s, its begin and end points).
//   - D49 (quantities.go, relative.go): a count of times is inside its
//     SET, "twice a year", "eight times a year", "twice weekly", "once
//     every three months" (value P1Y, P1W, P3M; its freq is not kept);
//     "each spring" XXXX-SP, a month alone beside a yearly SET a month
//     of any year ("every year in late May" XXXX-05, months.go), "every other week" P2W, "at weekends" and
//     "every weekend" XXXX-WXX-WE, "every Monday and Thursday" two SETs; a
//     fortnight is two weeks ("a fortnight" P2W, "the past fortnight" and
//     "over the fortnight" DURATIONs, being no week of the calendar); a
//     count of things before "a year" is a SET ("3,000 calls a year",
//     "two meetings a month"); "by a quarter" is a fraction; "10 hours a day" is a
//     DURATION and a SET; "3 minutes 59.4 seconds", "two years and six
//     months" are one DURATION (PT3M59.4S, P2Y6M). TimeML guidelines (SET:
//     "twice a week" with freq 2X; a DURATION's value in ISO 8601).
//   - D50 (parse.go, lasting.txt, relative.go): "over" before a quantity
//     is inside as "more than" after a verb of lasting ("to last over a
//     week"), a preposition or at a sentence's start, else a preposition
//     outside ("evolved over several years"); "last" after "to" or a
//     modal is the verb ("expected to last three weeks"); a bare plural
//     unit after "for", "within", "in" or a verb of lasting is a vague
//     DURATION ("within hours" PTXH); "at year end" is "year-end".
//     TimeBank's spans.
//   - D51 (the.go, relative.go, anchor.go): vague references as TimeBank
//     marks them: "the near future" FUTURE_REF (not "the foreseeable
//     future"), "these days" and "at present" PRESENT_REF, "years ago"
//     PAST_REF. TimeML guidelines (PAST_REF, PRESENT_REF, FUTURE_REF).
//   - D52 (months.go, seasons.go): "May" and "March" alone are months after a
//     preposition or another month, and "March" also as the subject of
//     an auxiliary with no name before it ("said March had started
//     colder", not "Fredric March was"; "May was tired" is a first
//     name). A season after an article and an adjective, ending its
//     phrase, is a season of the dateline's year as after "the" ("planning
//     for a tougher summer"; not "a hot summer day", not "fall"). English
//     usage (the modal "may", the verb and noun "march"); TimeBank
//     ("winter").
//   - D53 (records.go, records.txt): a week, month, quarter or year after
//     a superlative of a record and a possessive or "the", before "since",
//     "in" or "on record", is the unit the dateline is in: "headed for
//     their best quarter since 2023" 2025-Q4, "the market's worst week in
//     a year"; not after a month, weekday or season of its sentence
//     ("March was the wettest month on record"). TimeBank (the unit alone
//     is the span).
//   - D54 (games.go, games.txt): an ordinal quarter or half in a sentence
//     about a game ("scored 14 of his 38 points in the fourth quarter",
//     "trailed at halftime") is a period of play, no time expression.
//     TimeML guidelines (TIMEX3 marks times; a part of an event is none).
package timex
