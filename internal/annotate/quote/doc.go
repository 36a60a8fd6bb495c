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
//     words (package words read them once for every stage, each looked up
//     once in the word lists of lists/, lexicon.go) and sentences; names.go finds names with their titles and roles and
//     clusters.go clusters them into entities; cues.go finds the cue
//     words, subjects.go the speaker of each (nominals.go when it is a
//     noun phrase), and pronouns.go the person a pronoun subject stands for;
//  3. attribute.go ties each stretch to a cue next to it or in its
//     sentence (before; after in attribute_after.go), and decide falls
//     back on the speaker the surrounding paragraphs establish;
//  4. direct.go keeps the stretches that are direct quotes;
//  5. output.go writes the quotes and the speakers, with their IDs, and
//     confidence.go how each quote's speaker was found and how sure that is.
//
// # Direct quotes
//
// A quoted stretch is a direct quote when it reads as someone's words,
// judged by how it sits in the sentence. The rules are numbered as the
// code cites them:
//
//   - Q1 (marks.go) marks pair by family, an opening mark with the next
//     closing mark of its family; the other family nests inside.
//     “He said ‘no’ twice.” Source: AP Stylebook, "quotation marks"
//     (single marks for a quote within a quote).
//   - Q2 (marks.go) a quote runs over paragraphs when the next paragraph
//     opens with a mark and the first has no closing one. Source: AP
//     Stylebook, "quotation marks" (running quotations).
//   - Q3 (marks.go) a single mark between letters or before a clipped
//     word is an apostrophe: don’t, the ’90s, rock ’n’ roll.
//   - Q4 it runs over paragraphs or is unclosed.
//   - Q5 it opens its paragraph, with two words or more, unless it is the
//     whole paragraph without any punctuation (a subheading).
//   - Q6 a cue is set off next to it ("…,” she said; he said: “…”;
//     Smith: “…”), and it begins with a capital or, after a comma or a
//     colon, starts a clause of its own. Source: Reuters Handbook of
//     Journalism, "quotes" (a full quote is set off by a comma or a colon).
//   - Q7 it begins with a capital and is a sentence: four words or more,
//     or two or more ending with . ? !
//   - Q8 it is attributed by a cue in its sentence and is a phrase of
//     seven words or more with a comma inside and no closing punctuation,
//     or shares its sentence with a direct quote of the same speaker.
//   - Q9 never when it follows "that" (reported speech with quoted words:
//     she said that “…”; AP's partial quotes), when it is in title or
//     headline case without a cue next to it (“Meet the Press”), or when it
//     holds no letter (an HTML attribute, a number).
//   - Q10 never when it opens with a capital, ends with no punctuation and
//     the reporter's sentence runs on after it in a lowercase word that is
//     no cue, pronoun or determiner: “Boots on the ground” would be wiser;
//     he said, “We will look at it” if elected (partial quotes). Whole
//     sentences before its last words keep it a quote. Source: AP
//     Stylebook, "quotation marks" (partial quotes).
//     Not after a name and a colon (A4), as headlines quote: "Marsh: ‘I
//     will not resign’ as inquiry opens".
//   - Q11 it opens in lower case right after its cue verb, with no comma,
//     and is a clause of three words or more that ends the sentence with
//     its own stop inside the marks: Ann Marsh said “we are not there
//     yet.” (the speaker's whole sentence, not a term of the reporter's;
//     never after a weak cue such as "called"). Source: AP Stylebook,
//     "quotation marks" (a full quote keeps its period inside the marks).
//   - Q12 in a text that writes dialogue as novels do (A13's
//     dialogueLines), a capitalised word alone with its stop inside the
//     marks that opens its paragraph or follows a sentence's end: “Sit.”;
//     “Coming,” said Imke. “Eventually.” A line of dialogue may be one
//     word (the Chicago Manual of Style, "dialogue").
//   - Q13 (titles_quoted.go; branch history3) never right after a title
//     word, straight or after a comma or a colon: "a paper entitled “…”",
//     "a notice headlined “…”", "the family motto, “…”" name a work or a
//     saying (lists/title-words.names). Source: the Chicago Manual of
//     Style, "titles of works".
//
// Anything else (titles, nicknames, scare quotes, the so-called “deal”, a
// word or two quoted inside the reporter's own sentence) is not a quote.
// The rule reads how newspapers set quotes, not what they quote, so it
// holds across outlets and house styles.
//
// # Attribution
//
// The speaker of a quote is found by the first of these that applies
// (attribute.go, subjects.go, pronouns.go; cases in
// ../testdata/cases/attribution.txt):
//
//   - A1 a cue after the quote, its subject before or after the verb:
//     “…,” Smith said; “…,” said Smith; the subject may be a common noun
//     phrase ("a spokesman", "the 43-year-old", "one of those advisers",
//     "Mr. Marsh's spokesman"; "the mother of three" is the mother). Source: AP Stylebook, "said" (the
//     verb of attribution; "said Smith" inverted when a long title follows).
//     A cue after a quote that a cue before it attributes, in a clause
//     "and", "but" or the like opens ("shouted, “…?” and the chairwoman
//     called for order"), is that clause's, not the quote's.
//     "Remembered" (branch history3) is a weak cue, a recollection's tag
//     in oral histories and memoirs ("“…,” she remembered").
//     "Began" tags the opening of a long speech when it ends its clause
//     after a name or a pronoun ("“…,” Hanley began, filling his pipe";
//     beganSpeech). Source: the Chicago Manual of Style, "dialogue".
//     "Read" is a weak cue, a letter read aloud ("“‘Dear Michael,’” she
//     read") or a document's words ("the statement read").
//   - A2 a cue before the quote, set off by a comma or a colon: Smith said:
//     “…”. Source: Reuters Handbook of Journalism, "quotes" (a colon
//     before a quote of more than one sentence).
//   - A3 a quote split by its cue: both parts are the cue's, the second
//     even when it opens in lower case and the cue's sentence goes on:
//     “Well,” said Ms Hale, picking up her coat, “the sooner we start.”
//     Source: AP Stylebook, "quotation marks" (attribution at a natural
//     break in the quote).
//   - A4 a name and a colon: Smith: “…”; And from Chairwoman Rosa Diaz:
//     “…”. Source: the transcript and question-and-answer format (BBC News
//     style guide, "quotes": who is speaking must be clear).
//   - A5 a name after a dash that closes the quote, as vox pops and
//     epigraphs credit their words: “…” ― Maria Lopez, 34, a nurse.
//     A line of a dash and a name on its own, after a paragraph that is
//     one quote with no cue, credits that quote the same way
//     (creditLine). Source: Chicago Manual of Style, on epigraphs and
//     their sources.
//   - A6 the subject of the clause a colon ends: Oduya, the head of the
//     association, was more blunt: “…”; after a fronted clause or phrase
//     set off by a comma, the name after it: With donors worried, Lena
//     Ford made it plain: “…”; after the role the name is given (S4),
//     its own names ("Council") no subject: Council leader Ana Bell
//     closed the debate: “…”.
//     The subject may be an unnamed person (noun_subjects.go): "A third
//     person, a Democratic aide, was blunter: “…”".
//   - A7 the speaker is the subject of the cue verb: names in an
//     apposition, a relative clause or a phrase between the subject and
//     the verb are not ("Tom Hale, asked about the deal with Ann Marsh,
//     said"; "Ann Marsh, who worked for Peter Brandt, said"); a cue joined
//     by "and" to a verb before it is that verb's subject's ("Ann Marsh
//     shook her head and said"), never its object's. A description that
//     opens the sentence before such a phrase is the subject too ("The
//     31-year-old goalkeeper, who signed in the summer, said:").
//   - A8 the hearer is never the speaker: the object of told, the outlet
//     or platform after it ("told the Daily Courier", "posted on Facebook,
//     saying", "posted a Facebook comment, saying": a name between "a" and
//     a cue noun modifies the noun); the subject of a passive "was asked"
//     or "was told", whose question is the interviewer's (no speaker; the
//     one after "by" when it names them: "was asked by host Tom Hale"). "According to" names its
//     object. Source: Guardian and Observer style guide, "according to".
//   - A9 a pronoun subject stands for the nearest earlier speaker of a cue
//     in its sentence, else the first fitting name of the latest sentence
//     that has one (the subject of a sentence being usually its first
//     name, after a fronted clause: "When Hale objected, Brandt said"; a
//     name in the participle phrase opening the pronoun's own sentence is
//     not it: "Asked about Ifield, who ..., he said"), else of the last three paragraphs, else the latest speaker,
//     else the latest of the last four speakers within six paragraphs
//     (dialogue: "he said" after a woman's line): one that agrees in gender, is a person (he, she) or an organisation
//     (it, they), and is not a day's name or a place (a name after "in",
//     "near" or "outside" with no gender the text tells: "built in Port
//     Ellery"). A sentence that opens with a determiner and a role noun or
//     title before a verb ("The captain was on deck", "A boy came
//     running") names that person as a name would (noun_subjects.go), as
//     does an indefinite one brought on after "and", a fronted phrase of
//     place or time, or a copula ("it was for a young man in a wet
//     coat"; of "The only other person ... was an old man", the old man), as
//     does a possessive and a kin noun anywhere ("found her father",
//     "Peter's mother had come down"). A given name alone opening a paragraph before a past
//     tense or a cue ("Elizabeth looked up.") is a person, as novels
//     write dialogue. A name whose gender no list tells takes that of a
//     possessive or reflexive later in the sentence it opens ("Adaeze
//     picked up her mug", noun_subjects.go). A photo caption, a paragraph ending in a credit in
//     parentheses ("(Rita Moss / The Canadian Press)", "(THE CANADIAN PRESS)"), is no
//     part of the story: pronouns and A10 look past it (find.go). It
//     looks back over a bounded window (maxLookback). Source: Lappin and Leass, "An
//     algorithm for pronominal anaphora resolution" (1994): recency,
//     subjecthood and agreement.
//   - A10 no cue of its own: the previous quote of the paragraph (a quote
//     continued after a full stop), else a cue between the two, else the
//     speaker of the latest cue of the paragraph before, else the person
//     a paragraph with no quote or cue has just introduced (its first
//     name, after a determiner and a kin or role noun too, "My brother
//     Kit had already gone"; branch prose9; or after a place or a business the subject of its first
//     sentence's clause after ", and": "By six the bar at the Blue Heron
//     was full, and Bruno Castellano had stopped smiling."), else the
//     latest speaker within two paragraphs. Source: AP Stylebook,
//     "quotation marks" (a running quote is attributed once).
//   - A11 a person or a role before "of", "at", "from" or "for" and the
//     body they speak for is the speaker, not the body: “…,” Jane Pike of
//     Ardent Capital said; the mayor of Springfield said; a spokesman for
//     committee Democrats said. Source: AP
//     Stylebook, "organizations and institutions" (John Smith of the
//     Brookings Institution). A place named by its kind is stepped over
//     (affiliated_places.go): Mayor Paolo Conti of the town of Brembate
//     told reporters.
//   - A12 (beats.go) no cue of its own, beside an action beat: the
//     subject of the sentence right before the quote in its paragraph, or
//     right after a quote that opens its paragraph, when it is a person
//     (a name, or a determiner and a role noun: "Nell almost smiled.
//     “…”"; "“…” The young man shook the water from his hat."; "A porter
//     passed. “…”"; after a fronted phrase: "In the passenger seat,
//     their grandmother woke"; he or she for a person whose gender the
//     text has told: "She did not stop scrubbing."; with a name in
//     apposition: "The boy, Danny, looked up") before a verb, in a
//     sentence with no cue of its own.
//     It comes before A10, unless a cue of the paragraph between two
//     quotes names someone else. "The young man" is not "the old man"
//     (other modifiers, other person). In a text that writes dialogue as
//     novels do (novelDialogue), a paragraph with no quote that ends in a
//     beat ("The men laughed. Rhys did not."; a paragraph of one, "She
//     looked at his boots.", branch prose9) gives the line with no cue
//     after it to the one who acts last (lastBeat; of two clauses joined
//     by ", and", the second's subject); so does, in any text, such a
//     paragraph before anyone has spoken when the one who acts is known
//     only by a description ("a tall man … came out of the whiteness." /
//     "He stopped a few yards off." / "“Is this Cefn Isaf?”"; branch prose9). A pronoun beat beside a line
//     given by its turn tells the gender of its speaker, when no list did
//     ("“Then you've caught me.” She set down her needle."), as does one
//     between two lines of one speaker ("“…,” Ilse said. She tapped the
//     sheet. “…”"; branch prose9). Source: the Chicago Manual of
//     Style, "dialogue"; Browne and King, "Self-Editing for Fiction
//     Writers" (1993), "beats".
//   - A13 (turns.go) no cue of its own, opening its paragraph right after
//     a question asked (with "asked" or the like, or with no cue) in the
//     paragraph before: the answer is the other person's, the speaker
//     before the one who asked ("“Not even to school?” Tom asked." then
//     "“Not even to school.”"). A question someone "said" is often theirs
//     to answer, as news quotes run on, and hands over no turn; in a text
//     that writes dialogue as novels do (novelDialogue), where a new
//     paragraph is a new speaker, it does ("“Your mother?” said Clive."
//     then "“She fell …”"; branch prose9). Source:
//     Sacks, Schegloff and Jefferson (1974), turn-taking: a question
//     selects the next speaker. Once a question has handed the turn over,
//     the lines with no cue after it go on alternating; with no one else
//     quoted yet, the answer is the person named last who did not ask,
//     one named as the subject of a sentence or of a clause after ", and"
//     before one named inside a sentence ("the lamp her father had hung");
//     and a line with no cue after the answer is the asker's again (the
//     third turn). Once a text has shown two lines given by beats or turns
//     (it writes dialogue as novels do), a line with no cue opening its
//     paragraph is the other of the two who spoke last, as the Chicago
//     Manual of Style's new paragraph for each speaker has it; news,
//     whose new paragraph of quote is the same speaker's, shows none. So
//     does a text whose speaker of the line before goes by a given name
//     alone (or by one name the lists lack with no title: "said Osman",
//     not "Hereditary Chief Na'moks"; branch prose9), as novels name
//     people and news, which names a person in full
//     on first reference (AP Stylebook, "names"), does not; with no other
//     speaker yet, the line is the other person named last ("Nadia found
//     Tomasz …", novelDialogue).
//   - A14 (vocatives.go) a name set off by a comma at the start or the
//     end of a sentence of a line names the one spoken to ("Walter,
//     you've let him carry his bag"; "He's fine, Susan."), as does a name
//     called alone ("Who's going first? Alice?"): a line with no
//     cue opening the next paragraph is the addressee's answer, and a line
//     with no cue is never its addressee's own (then the latest other
//     speaker's). A question that calls someone by a name no one has yet
//     ("Where's my risotto, Dee?") brings that person on to answer it
//     (calledName). Source: the Chicago Manual of Style, "direct address";
//     Sacks, Schegloff and Jefferson (1974): the current speaker selects
//     the next by addressing them.
//   - A15 (narrator.go) "I" as the subject of a cue set off next to a
//     quote ("“It's been three years,” I said") is the narrator, one
//     speaker named "I", never the antecedent of he or she; in a text
//     that does not write dialogue as novels do (a column), the writer is
//     no source of the story and the quote has no speaker. A text whose
//     narration says "I" as a subject ("I had read my book twice") is told
//     in the first person: it writes dialogue as novels do, and its
//     narrator is one of a scene's two, who answers a line with no cue
//     when no one else is there to (noun_subjects.go, otherNamed). Source: the
//     Chicago Manual of Style, "dialogue"; Genette, "Narrative Discourse"
//     (1972), the narrator who is a character of the story.
//   - A16 (subjects.go, participleSubject; news12) a body or a place
//     that opens a sentence before the lowercase role of the person named
//     right after it modifies the role: of a participle cue the person is
//     the subject ("SNP health spokesman Ravi Mehta hit back, saying:
//     “…”"), as a cue verb's is. Source: AP Stylebook, "titles" (a
//     description before a name, the body it serves in front).
//
// Each quote says how its speaker was found (core.Quote.Attribution:
// "cue" for A1-A8 and A11 with a named speaker, "pronoun" for A9 and A15,
// "context" for A10, A12, A13 and A14, "none") and how sure the engine is (Confidence, confidence.go): the
// share of right speakers on the dev data among the quotes found the same
// way.
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
//     courtesy title ("Ms Petra Quinn", India's "Shri" and "Smt.";
//     news12) gives no role; a title or a role
//     noun alone after "the" is a role, in capitals too ("the King", "the
//     CFO": a person, not an organisation's acronym; news12). AP Stylebook,
//     "titles" and "courtesy titles"; Reuters Handbook of Journalism,
//     "titles".
//
//   - S2 (names.go) A capitalised sentence opener or role modifier is not
//     part of a name ("Neither Brandt", "Following Brandt", "Former
//     Carson"), and no name runs over a line break (a headline's last word
//     and the next line's name): lists/not-names.txt, role-modifiers.txt.
//     A headline mention and the body's are one name. A name before
//     "via" and an agency ("Ana Ruiz via Getty Images") is a photo
//     credit, no name in the story.
//
//   - S3 (clusters.go) A definite role noun phrase is the person last
//     named with that role: "the mayor" after "Mayor Ray Olsen", "the
//     former secretary" after "Secretary Ann Marsh", "the proprietor" after
//     "Luis Ortega, the affable proprietor", "the senator" after "Sen.
//     Rita Moss" (lists/title-expansions.txt); a definite organisation noun
//     is the organisation last named with that head ("the company" after
//     "Acme Company", "the ministry" after "the Foreign Ministry"). So
//     is a possessive and a kin or role noun: "my uncle" after "my uncle
//     Walter", "their aunt" after "Aunt Rosa". AP
//     Stylebook, "second
//     reference"; the Guardian and Observer style guide, "titles".
//
//   - S4 (roles.go) Where a role is written: a title in the name; a
//     lowercase description before it ("local economist Hana Reyes"); an
//     appositive after it ("Luis Ortega, the affable proprietor,") or before
//     it ("the chief negotiator, Lena Fischer,"). A relation through a
//     pronoun ("His wife, Ann Marsh") is no role. AP Stylebook, "titles";
//     the Chicago Manual of Style, "appositives" (commas around them).
//
//   - S5 (names.go) Organisations: a name with "of" or "for" after an
//     organisation noun is one name ("Ministry of Defence", not a person
//     "Defence"); an acronym with a plural s is a group ("Super PACs");
//     a name ending in an organisation noun, an acronym, or a name after
//     "the" is an organisation. An organisation never takes he or she
//     (pronouns.go).
//
//   - S6 (subjects.go, output.go) A document carries words but does not
//     speak ("the report said", "the ad says"): its quote is the
//     organisation's named just before it ("The Harbour Authority issued a
//     statement. “…,” the statement said"), not the one it was sent to ("a
//     letter to the Harbour Trust"), else no one's; so is the quote of a
//     document before a colon ("From the report: “…”"). So is an
//     unnamed group's ("some critics said", "two officials said";
//     lists/group-quantifiers.txt).
//     lists/document-nouns.txt. Reuters Handbook, "attribution"; the
//     Guardian and Observer style guide, "sources".
//
//   - S7 (clusters.go) Namesakes: a bare surname shared by several people
//     goes to the one a pronoun right after it agrees with ("Marsh and her
//     aides"), else to the one the paragraph has named in full, else to the
//     one quoted most so far (the first named on a tie: the story's
//     subject); a two-word name that ends a longer one is an alias ("Vidal
//     Ruiz" after "Lorena Vidal Ruiz"). A surname with a title of the
//     other gender than that person is someone else ("Mr. Pell" beside
//     "Mrs. Pell"; namesakes.go), and both are then named with their
//     titles. AP Stylebook, "second reference" and "courtesy titles".
//     An organisation named with an organisation noun at its end is also
//     its name without it ("Brackwell" after "Brackwell Systems"), unless
//     a person bears that name (shortnames.go; AP, "company names").
//
//   - S8 (subjects.go) A capitalised plural group noun alone
//     ("Officials said", "Republicans say", "Candidates argue": a plural
//     on org-nouns.txt, or of a role noun) is an unnamed group, as "some
//     critics" is (S6): no speaker. "Senate Republicans" is a named one.
//     Reuters Handbook of Journalism, "sources".
//
//   - S9 (names.go) A role noun that tells a gender gives it to the
//     name it introduces ("her son Kip", "spokeswoman Jen Psaki";
//     role-nouns.txt), so that a later he or she agrees (A9); alone and
//     capitalised ("Man charged in …") it is no name, but for a kinship
//     name ("said Mother", "Father came in": lists/kinship-names.names,
//     kinship.go), a person of the story with that gender. Lappin and Leass
//     (1994), agreement; the Chicago Manual of Style, "appositives".
//
//   - S10 (roles.go, subjects.go) A role noun phrase with "known as",
//     "named" or "called" before a name is that person's role: "said the
//     base chief known as Bob" is Bob, as is "asked the youngest of the
//     shepherds, a boy called Rhys"; "The station chief, known as Tom,"
//     makes a later "the station chief" Tom (S3). AP Stylebook, "names"
//     (a pseudonym or a first name only, as sources are identified when
//     they cannot be named in full).
//
//   - S11 (names.go, roles.go) An organisation the text introduces with
//     a lowercase organisation noun, before it ("the utility Coastal
//     Power") or in apposition ("Harbour Power, the province's
//     utility,"), is an organisation (unless it opens with a given name),
//     and "the utility" later is it (S3; org-nouns.txt). "The newspaper"
//     or "the network" is the outlet of lists/outlets.names named last
//     (lists/outlet-nouns.names). A definite organisation noun with no
//     organisation introduced so is the organisation named just before,
//     within about two paragraphs ("The Coastal Power Authority said …
//     the utility said"). AP Stylebook, "second reference".
//
//   - S12 (clusters.go) An unnamed speaker is one person per
//     introduction: "a fisherman said" or "another strategist said" is
//     someone new, never the fisherman or strategist quoted before; "the
//     fisherman" is the one last introduced so, or the named person given
//     that role ("Tom Hale, a fisherman," S3), inside a sentence too ("in
//     front of the young man", a mention pronouns find; noun_subjects.go);
//     "the second official" or
//     "the other official" is someone else than the official before
//     (ordinals.go); descriptions with modifiers that share no word are
//     two people ("the young man", "the old man"; described.go), and an
//     unnamed source may be described by a participle ("One woman walking
//     her dog said"). Karttunen, "Discourse referents" (1976): an
//     indefinite noun phrase opens a new referent.
//
//   - S13 (descriptions.go) A definite description no person was given
//     as a role (S3) is a second reference when the text makes it clear:
//     the person given a role it is a kind of ("the Russian leader" after
//     "Russian President Ivan Petrov"; lists/role-hypernyms.map), or
//     whose title an acronym stands for ("the CFO" after "Finance chief
//     Tom Reed", "the CEO" after "Chief Executive Jane Roe";
//     lists/role-acronyms.map; news12); the
//     person given its age ("Tom Hale, 45," then "the 45-year-old"); else,
//     for a descriptor noun ("the billionaire", "the Florida senator";
//     lists/descriptor-nouns.map; an office only when modified, as a
//     bare "the king" names whoever holds the post) or an age, the one
//     person named within about two paragraphs before it, or, when its
//     cue says its subject has spoken before ("the 27-year-old added"),
//     the latest speaker among those named there (continued.go), or, when
//     it cues a quote that opens its paragraph ("“…,” the fly-half said"),
//     the person the paragraph before opens with and speaks in no cue of
//     ("Ifield, who …, was asked by TNT Sports …"; opening_subject.go; a
//     player's position is a descriptor noun), or, when it cues a quote
//     after a sentence of its own paragraph, the person that paragraph
//     opens with, whom no one else's cue there follows ("Brandao also
//     confirmed that Kofi Mensah would return. “…,” the 51-year-old
//     said."; news12). Never against
//     the text: a capitalised modifier must be one of the role's when the
//     role has its own ("the Texas senator" is not "Florida Sen. Rita
//     Moss"), a gendered head agrees ("the Ohio congresswoman" is not Tom Hale), an
//     office is not another office ("the Ohio governor" is not "Sen. Lena
//     Ford"), and a noun of neither list ("the moderator") joins only the
//     person given that role. AP Stylebook, "second reference"; Lappin
//     and Leass (1994), agreement.
//
//   - S14 (clusters.go) A given name alone is the one person the text has
//     named in full with it ("Margaret" after "Margaret Hale"), as novels
//     and features name a person on second reference; a given name two
//     people share names neither, and a surname comes first (S7). A given
//     name a question called someone by (A14) is the person the text
//     names in full with it later ("Dee", then "Dee Whitlock"). The
//     Guardian and Observer style guide, "first names". A given name the
//     lists lack counts too when it stands as a subject, before a past
//     tense, a cue or an apposition ("Tyrell, a rookie,": given_names_unlisted.go).
//
//   - S15 (possessive_names.go) A capitalised word alone with a ’s straight
//     before a cue in the past ("Sainsbury's said in a statement",
//     "Fernley's said") possesses nothing: it is a firm named in the
//     genitive, an organisation whose name keeps its ’s. British business
//     pages' house style for such firms.
//
//   - S16 (newtitles.go) A new title or rank:
//     after "Mr Falconer became Lord Wendle" the peer's name is the
//     commoner's; after "Ansford was made Bishop of Calder, and
//     Archbishop of Wessing" or "promoted to major" the office is a role
//     of the subject's ("the archbishop" is Ansford). The Chicago Manual
//     of Style, "titles and offices". Cases in ../testdata/cases/history.txt.
//
//   - S17 (authors.go; branch history3) A document's writer: the one a
//     possessive his or her before it stands for ("His memorandum on the
//     walls …. “…,” the memorandum runs"; "His first dispatch … is calm.
//     “…,” it reads"), in the sentence of the cue or the one before, with
//     a modifier between a possessor and the noun ("NAME's last dispatch
//     … it concludes"); "it" after a sentence that opens with an
//     indefinite document with no "from" after it ("An anonymous pamphlet
//     … accused him. “…,” it said") is a document no one is named as
//     writing, its words nobody's, not the body named before it. "Reads" and "runs"
//     are weak cues of a document's words, and a document noun before a
//     cue that is also a noun makes it the verb ("the letter reads").
//     The Chicago Manual of Style, "quotations" (a document's words
//     credited to its author). Cases in ../testdata/cases/history.txt.
//
//   - S18 (cues.go, findCues; news12) The person a cue says testified
//     is "the witness" on second reference, until another testifies.
//     Court reporting usage (a witness is one who gives evidence).
//
//   - S19 (named_later.go, branch prose9) A name the narration gives the
//     latest speaker, known so far by a description ("His name was Lockyer, he told her"
//     after the lines of "a tall man in a long oilskin coat") is that
//     person's, so the description and the name are one speaker; a person
//     already named keeps the name (branch prose9). The Chicago Manual of
//     Style, "dialogue" (a stranger described, then named); Lappin and
//     Leass (1994), agreement. Cases in ../testdata/cases/prose.txt.
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
