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
// # Speakers
//
// One speaker per person or organisation, named by the person's name and
// never by a title phrase, with the title or description the article
// gives as its role. The rules, numbered where the code applies them:
//
//   - S1 (names.go) A title before a name is not part of it: "Mayor Ray
//     Olsen" is Ray Olsen, role "Mayor"; "of" and a capitalised word after
//     a title belong to the title ("Secretary of State Ann Marsh"); a
//     courtesy title ("Ms Petra Quinn") gives no role. AP Stylebook,
//     "titles" and "courtesy titles"; Reuters Handbook of Journalism,
//     "titles".
//   - S2 (names.go) A capitalised sentence opener or role modifier is not
//     part of a name ("Neither Brandt", "Following Brandt", "Former
//     Carson"), and no name runs over a line break (a headline's last word
//     and the next line's name): lists/not-names.txt, role-modifiers.txt.
//     A headline mention and the body's are one name.
//   - S3 (clusters.go) A definite role noun phrase is the person last
//     named with that role: "the mayor" after "Mayor Ray Olsen", "the
//     former secretary" after "Secretary Ann Marsh", "the proprietor" after
//     "Luis Ortega, the affable proprietor"; a definite organisation noun
//     is the organisation last named with that head ("the company" after
//     "Acme Company", "the ministry" after "the Foreign Ministry"). AP
//     Stylebook, "second
//     reference"; the Guardian and Observer style guide, "titles".
//   - S4 (roles.go) Where a role is written: a title in the name; a
//     lowercase description before it ("local economist Hana Reyes"); an
//     appositive after it ("Luis Ortega, the affable proprietor,") or before
//     it ("the chief negotiator, Lena Fischer,"). A relation through a
//     pronoun ("His wife, Ann Marsh") is no role. AP Stylebook, "titles";
//     the Chicago Manual of Style, "appositives" (commas around them).
//   - S5 (names.go) Organisations: a name with "of" or "for" after an
//     organisation noun is one name ("Ministry of Defence", not a person
//     "Defence"); an acronym with a plural s is a group ("Super PACs");
//     a name ending in an organisation noun, an acronym, or a name after
//     "the" is an organisation. An organisation never takes he or she
//     (pronouns.go).
//   - S6 (subjects.go, output.go) A document carries words but does not
//     speak ("the report said", "the ad says"): its quote is the
//     organisation's named just before it ("The Harbour Authority issued a
//     statement. “…,” the statement said"), else no one's. So is an
//     unnamed group's ("some critics said"; lists/group-quantifiers.txt).
//     lists/document-nouns.txt. Reuters Handbook, "attribution"; the
//     Guardian and Observer style guide, "sources".
//   - S7 (clusters.go) Namesakes: a bare surname shared by several people
//     goes to the one a pronoun right after it agrees with ("Marsh and her
//     aides"), else to the one the paragraph has named in full, else to the
//     one quoted most so far (the first named on a tie: the story's
//     subject); a two-word name that ends a longer one is an alias ("Vidal
//     Ruiz" after "Lorena Vidal Ruiz"). AP Stylebook, "second reference".
//
// Each rule has named cases in ../testdata/cases/speakers.txt. A speaker's
// figures (quotes, words) are counted by annotate.QuoteWords, as the
// sources table counts them.
//
// # Word lists
//
// Every list is a file of lists/ (cues.txt, titles.txt, first-names.txt,
// …), one entry a line under a header that says what the list is and
// where its entries come from; TestWordListFiles checks them.
package quote
