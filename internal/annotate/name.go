package annotate

// This file holds the word lists that tell names, titles, roles, pronouns
// and organisations apart. Lists are keyed by lower-case words so that a
// lookup is one map access with no allocation.

// gender of a person, when the text tells it.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// titles are words written before a name; some tell the gender. The value
// is the gender, or genderUnknown. From news style guides' courtesy and
// official titles (abbreviated forms are matched without their period).
var titles = map[string]gender{
	"mr": genderMale, "mister": genderMale, "sir": genderMale, "lord": genderMale,
	"king": genderMale, "prince": genderMale, "father": genderMale, "brother": genderMale,
	"mrs": genderFemale, "ms": genderFemale, "miss": genderFemale, "madam": genderFemale,
	"lady": genderFemale, "dame": genderFemale, "queen": genderFemale,
	"princess": genderFemale, "sister": genderFemale, "baroness": genderFemale,
	"dr": 0, "prof": 0, "professor": 0, "president": 0, "sen": 0, "senator": 0, "rep": 0,
	"representative": 0, "gov": 0, "governor": 0, "judge": 0, "justice": 0, "gen": 0,
	"general": 0, "col": 0, "colonel": 0, "lt": 0, "lieutenant": 0, "sgt": 0, "sergeant": 0,
	"capt": 0, "captain": 0, "adm": 0, "admiral": 0, "maj": 0, "major": 0, "rev": 0,
	"reverend": 0, "pope": 0, "chancellor": 0, "secretary": 0, "minister": 0, "mayor": 0,
	"sheriff": 0, "chief": 0, "commissioner": 0, "ambassador": 0, "speaker": 0, "premier": 0,
	"detective": 0, "det": 0, "officer": 0, "constable": 0, "supt": 0, "superintendent": 0,
	"inspector": 0, "coach": 0, "councillor": 0, "councilman": genderMale,
	"councilwoman": genderFemale, "congressman": genderMale, "congresswoman": genderFemale,
	"assemblyman": genderMale, "assemblywoman": genderFemale, "rabbi": 0, "imam": 0,
	"cardinal": 0, "bishop": 0, "archbishop": 0, "ayatollah": 0, "sheikh": 0, "emir": 0,
	"vice": 0, "deputy": 0, "prime": 0, "attorney": 0, "leader": 0, "director": 0,
	"chairman": genderMale, "chairwoman": genderFemale, "mp": 0, "mla": 0, "mpp": 0,
	"trooper": 0, "corporal": 0, "cpl": 0, "pte": 0, "private": 0, "nurse": 0,
}

// roleNouns are lower-case nouns that, just before a name, give the
// person's role ("US president Donald Trump", "spokeswoman Jen Psaki"),
// and, as the head of a noun phrase, make a speaker a person ("a
// spokesman").
var roleNouns = map[string]bool{
	"president": true, "minister": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "leader": true, "chief": true,
	"director": true, "official": true, "officer": true, "senator": true,
	"governor": true, "mayor": true, "chairman": true, "chairwoman": true, "chair": true,
	"ceo": true, "founder": true, "executive": true, "manager": true, "lawyer": true,
	"attorney": true, "analyst": true, "economist": true, "professor": true,
	"researcher": true, "scientist": true, "expert": true, "candidate": true,
	"nominee": true, "adviser": true, "advisor": true, "aide": true, "ambassador": true,
	"envoy": true, "commander": true, "general": true, "judge": true, "prosecutor": true,
	"counsel": true, "strategist": true, "pollster": true, "host": true, "anchor": true,
	"co-anchor": true, "reporter": true, "journalist": true, "author": true, "writer": true,
	"actor": true, "actress": true, "singer": true, "coach": true, "player": true,
	"councillor": true, "representative": true, "congressman": true, "congresswoman": true,
	"lawmaker": true, "legislator": true, "politician": true, "activist": true,
	"organizer": true, "organiser": true, "resident": true, "owner": true, "student": true,
	"teacher": true, "doctor": true, "nurse": true, "police": false, "premier": true,
	"chancellor": true, "speaker": true, "democrat": true, "republican": true,
	"member": true, "head": true, "president-elect": true, "mother": true, "father": true,
	"son": true, "daughter": true, "wife": true, "husband": true, "friend": true,
	"colleague": true, "partner": true, "witness": true, "victim": true, "survivor": true,
	"worker": true, "employee": true, "neighbour": true, "neighbor": true, "man": true,
	"woman": true, "boy": true, "girl": true, "sergeant": true, "inspector": true,
	"superintendent": true, "constable": true, "detective": true, "sheriff": true,
	"deputy": true, "vice-president": true, "staffer": true, "supporter": true,
	"critic": true, "opponent": true, "voter": true, "rival": true, "challenger": true,
	"incumbent": true, "commissioner": true, "mp": true, "mla": true, "mpp": true,
	"source": true, "person": true, "veteran": true, "insider": true, "narrator": true,
	"moderator": true, "delegate": true, "donor": true, "fan": true, "parent": true,
	"commenter": true, "official's": false, "guard": true, "soldier": true, "farmer": true,
}

// orgNouns, as the head of a speaker noun phrase or the last word of a
// capitalised name, make the speaker an organisation ("the company said",
// "the Foreign Ministry said").
var orgNouns = map[string]bool{
	"company": true, "firm": true, "government": true, "ministry": true,
	"department": true, "agency": true, "kremlin": true, "pentagon": true,
	"administration": true, "campaign": true, "party": true, "police": true,
	"army": true, "military": true, "court": true, "committee": true,
	"commission": true, "council": true, "group": true, "bank": true, "union": true,
	"office": true, "house": true, "board": true, "authority": true,
	"authorities": true, "organization": true, "organisation": true,
	"association": true, "university": true, "school": true, "hospital": true,
	"corporation": true, "corp": true, "inc": true, "ltd": true, "co": true,
	"network": true, "team": true, "club": true, "league": true, "federation": true,
	"institute": true, "foundation": true, "service": true, "services": true,
	"bureau": true, "embassy": true, "cabinet": true, "parliament": true,
	"congress": true, "senate": true, "statement": true, "report": true,
	"study": true, "survey": true, "poll": true, "newspaper": true, "magazine": true,
	"times": true, "post": true, "news": true, "journal": true, "website": true,
	"spokesman": false, "fund": true, "coalition": true, "alliance": true,
	"centre": true, "center": true, "station": true, "unit": true, "force": true,
	"forces": true, "regulator": true, "watchdog": true, "airline": true,
	"secretariat": true, "nato": true, "un": true, "eu": true, "fbi": true, "cia": true,
	"who": false, "state": true, "city": true, "county": true, "province": true,
	"ministries": true, "officials": true, "lawyers": true, "prosecutors": true,
	"researchers": true, "scientists": true, "experts": true, "analysts": true,
	"organizers": true, "organisers": true, "democrats": true, "republicans": true,
	"residents": true, "critics": true, "supporters": true, "sources": true,
	"utility": true, "ministers": true, "agencies": true, "companies": true,
	"document": true, "memo": true, "letter": true, "lawsuit": true, "suit": true,
	"ad": true, "editorial": true, "column": true, "release": true, "spokesperson": false,
	"organizers'": false, "outlet": true, "broadcaster": true, "channel": true,
	"district": true, "province's": false, "municipality": true, "region": true,
	"hydro": true, "zoo": true, "museum": true, "library": true, "church": true,
}

// determiners open a noun phrase that may name a speaker ("the company",
// "a spokeswoman for the ministry", "his lawyer").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "this": true, "that": true, "one": true,
	"another": true, "two": true, "three": true, "several": true, "some": true,
	"many": true, "other": true, "both": true,
}

// pronouns that can be the subject of a cue, and the gender they tell.
var subjectPronouns = map[string]gender{
	"he": genderMale, "she": genderFemale, "they": genderUnknown, "it": genderUnknown,
}

// notNames are capitalised words that start sentences or clauses but never
// begin a name ("But Mr Trump said", "On Friday Ms Lee said"), and words
// such as weekdays and months that are capitalised without being names.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "but": true, "or": true, "so": true,
	"yet": true, "for": true, "nor": true, "if": true, "when": true, "while": true,
	"after": true, "before": true, "as": true, "since": true, "because": true,
	"although": true, "though": true, "however": true, "meanwhile": true, "still": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"to": true, "of": true, "about": true, "under": true, "over": true, "during": true,
	"this": true, "that": true, "these": true, "those": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "i": true, "you": true, "his": true,
	"her": true, "their": true, "our": true, "my": true, "your": true, "its": true,
	"there": true, "here": true, "then": true, "now": true, "today": true,
	"yesterday": true, "tomorrow": true, "what": true, "who": true, "why": true,
	"how": true, "where": true, "which": true, "not": true, "no": true, "yes": true,
	"also": true, "even": true, "only": true, "just": true, "all": true, "some": true,
	"many": true, "most": true, "more": true, "much": true, "each": true, "every": true,
	"both": true, "other": true, "another": true, "such": true, "asked": true,
	"according": true, "last": true, "next": true, "earlier": true, "later": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true,
	"march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	"photograph": true, "photo": true, "photos": true, "image": true, "credit": true,
	"story": true, "advertisement": true, "read": true, "watch": true, "listen": true,
	"article": true, "continued": true, "continues": true, "below": true, "related": true,
	"click": true, "share": true, "follow": true, "subscribe": true, "editor's": true,
	"mr": false, "is": true, "was": true, "are": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true,
	"should": true, "may": false, "do": true, "does": true, "did": true, "let": true,
	"like": true, "despite": true, "unlike": true, "among": true, "between": true,
	"through": true, "into": true, "against": true, "without": true, "within": true,
	"once": true, "until": true, "unless": true, "whether": true, "instead": true,
	"speaking": true, "asked about": true, "said": true, "says": true, "thanks": true,
	"dear": true, "hello": true, "oh": true, "well": true, "okay": true, "ok": true,
}

// nameParticles are lower-case words inside names (Ursula von der Leyen,
// Charles de Gaulle, Mohammed bin Salman).
var nameParticles = map[string]bool{
	"de": true, "van": true, "von": true, "der": true, "den": true, "da": true,
	"di": true, "du": true, "del": true, "della": true, "la": true, "le": true,
	"bin": true, "ibn": true, "al": true, "el": true, "ben": true, "dos": true,
	"das": true, "ter": true, "st": false,
}

// placeWords, first or last in a capitalised name, make it a place rather
// than a person ("New York", "Lake Cowichan", "Parliament Hill").
var placeWords = map[string]bool{
	"new": true, "north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "saint": true, "st": true, "fort": true, "lake": true,
	"mount": true, "port": true, "san": true, "los": true, "las": true, "santa": true,
	"united": true, "great": true, "city": true, "county": true, "island": true,
	"islands": true, "street": true, "avenue": true, "road": true, "park": true,
	"square": true, "river": true, "valley": true, "bay": true, "beach": true,
	"airport": true, "hill": true, "hills": true, "heights": true, "falls": true,
	"springs": true, "harbour": true, "harbor": true, "coast": true, "state": true,
	"states": true, "kingdom": true, "republic": true, "america": true, "canada": true,
	"york": true, "jersey": true, "hampshire": true, "carolina": true, "dakota": true,
	"columbia": true, "scotia": true, "brunswick": true, "zealand": true, "africa": true,
	"korea": true, "arabia": true, "middle": true, "times": true, "magazine": true,
	"hall": true, "building": true, "tower": true, "bridge": true, "district": true,
}

// nameSuffixes follow a surname (Martin Luther King Jr., Henry Ford II).
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// creditWords start a photo credit or a byline: the names after them are
// photographers and agencies, not people in the story.
var creditWords = map[string]bool{
	"photograph": true, "photo": true, "photos": true, "photographs": true,
	"photographer": true, "picture": true, "pictures": true, "image": true,
	"images": true, "credit": true, "illustration": true, "video": true,
	"graphic": true, "composite": true,
}

// firstNames gives the usual gender of common given names, so that a
// pronoun finds the right person when no title says it.
var firstNames = buildFirstNames()

func buildFirstNames() map[string]gender {
	firstNames := map[string]gender{}
	for _, n := range []string{
		"donald", "joe", "barack", "george", "bill", "john", "james", "robert", "michael",
		"william", "david", "richard", "charles", "joseph", "thomas", "christopher",
		"daniel", "paul", "mark", "steven", "stephen", "andrew", "kenneth", "kevin",
		"brian", "edward", "ronald", "anthony", "jason", "matthew", "gary", "timothy",
		"jose", "larry", "jeffrey", "frank", "scott", "eric", "jacob", "nicholas",
		"jonathan", "justin", "benjamin", "samuel", "gregory", "alexander", "patrick",
		"jack", "dennis", "jerry", "tyler", "aaron", "adam", "henry", "nathan", "douglas",
		"zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith",
		"christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin",
		"arthur", "lawrence", "jesse", "dylan", "bryan", "jordan", "billy", "bruce",
		"albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph",
		"randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip",
		"johnny", "ted", "mike", "jim", "tom", "dan", "ben", "bernie", "mitch", "chuck",
		"marco", "rand", "jeb", "chris", "newt", "tim", "rudy", "lindsey", "mitt",
		"vladimir", "volodymyr", "emmanuel", "boris", "rishi", "keir", "justin",
		"stephen", "pierre", "jagmeet", "doug", "xi", "narendra", "recep", "benjamin",
		"olaf", "friedrich", "sergei", "sergey", "dmitry", "alexei", "ali", "mohammed",
		"muhammad", "ahmed", "hassan", "omar", "abdullah", "jean", "francois", "luis",
		"carlos", "antonio", "pedro", "manuel", "miguel", "jorge", "ivan", "viktor",
		"elon", "jeff", "tony", "nick", "matt", "rob", "bob", "greg", "steve", "ken",
		"ron", "ryan", "josh", "jake", "sam", "max", "ian", "neil", "colin", "graham",
		"martin", "simon", "oliver", "harry", "charlie", "hugh", "nigel", "gordon",
		"tony", "jeremy", "liam", "connor", "owen", "evan", "luke", "lucas", "leo",
		"reince", "sean", "corey", "rex", "mike", "jared", "eric",
		"herman", "ben", "marty", "hunter", "beto", "pete", "cory",
		"andrés", "andres", "jair", "luiz", "giorgia", "silvio", "matteo", "yoweri",
		"cyril", "jacob", "abiy", "paul", "raila", "uhuru", "william", "gustavo",
	} {
		firstNames[n] = genderMale
	}
	for _, n := range []string{
		"hillary", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara",
		"susan", "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret",
		"sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
		"amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
		"cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda",
		"pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra",
		"rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane",
		"virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina",
		"lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah",
		"martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara",
		"janice", "jean", "alice", "madison", "doris", "abigail", "julia", "judy",
		"grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa",
		"sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
		"rose", "alexis", "kayla", "kate", "katie", "jane", "jill", "melania", "ivanka",
		"nikki", "sarah", "carly", "kellyanne", "hope", "michele", "dianne", "kirsten",
		"elizabeth", "amy", "tammy", "debbie", "nancy", "maxine", "ilhan", "alexandria",
		"kamala", "tulsi", "marine", "angela", "theresa", "ursula", "giorgia", "jacinda",
		"chrystia", "catherine", "kathleen", "rachel", "andrea", "jody", "jody", "caroline",
		"claudia", "dilma", "cristina", "yulia", "svetlana", "olena", "liz", "ruth",
		"fiona", "nicola", "priti", "suella", "kemi", "yvette", "harriet", "louise",
		"sophie", "lucy", "chloe", "ella", "mia", "zoe", "amelia", "jessica", "molly",
		"kristi", "kristen", "karine", "jen", "dana", "erin", "meghan", "tina",
		"wendy", "lori", "leslie", "monica", "stacey", "tracy", "valerie", "vanessa",
		"whitney", "yolanda", "rita", "sheila", "sylvia", "vera", "irene", "ingrid",
		"hillary", "elaine", "eleanor", "lynn", "megyn", "mika", "norah", "gayle",
		"rosie", "katy", "taylor", "beyonce", "oprah", "serena", "simone", "greta",
	} {
		if _, male := firstNames[n]; !male {
			firstNames[n] = genderFemale
		} else {
			firstNames[n] = genderUnknown // in both lists: trust neither
		}
	}
	return firstNames
}
