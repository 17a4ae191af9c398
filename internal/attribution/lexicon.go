package attribution

import "sitrep"

// cueFlags describe how a cue word behaves.
type cueFlags uint16

const (
	// weak cues have a common non-reporting sense ("added troops",
	// "published a video"): they need "that", a colon, a quote or the
	// speaker after the content before they count.
	weak cueFlags = 1 << iota
	// denial cues deny or reject the content.
	denial
	// docCue verbs ("showed", "indicated") report only when the subject is
	// a document: a report, data, figures, a statement.
	docCue
	// gerund cues ("adding", "saying") continue the claim before them.
	gerund
	// inverts allows "…, said X." with the speaker after the verb.
	inverts
	// passive allows "… was reported by X".
	passive
	// relays take their audience as an object: "told Reuters that …".
	relays
)

// cues maps folded cue words to their behaviour. Every inflected form is
// listed: the text layer folds case and accents, it does not stem.
var cues = func() map[string]cueFlags {
	m := map[string]cueFlags{}
	add := func(f cueFlags, ws ...string) {
		for _, w := range ws {
			m[w] |= f
		}
	}
	add(inverts, "said", "says", "added", "wrote", "explained", "told", "stated", "continued", "insisted", "claimed",
		"declared", "indicated", "specified", "precised", "assured", "confided", "deplored", "denounced", "affirmed", "stressed")
	add(0, "said", "says", "say", "stated", "states", "claimed", "claims", "claim", "revealed", "reveals",
		"announced", "announces", "declared", "declares", "alleged", "alleges", "insisted", "insists",
		"asserted", "asserts", "stressed", "stresses", "emphasised", "emphasized", "affirmed", "affirms",
		"reiterated", "reiterates", "acknowledged", "acknowledges", "admitted", "admits", "accused", "accuses",
		"blamed", "blames", "warned", "warns", "explained", "explains", "disclosed", "discloses",
		"maintained", "maintains", "argued", "argues", "conceded", "concedes", "boasted", "recounted",
		"recalled", "described", "describes", "wrote", "writes", "tweeted", "posted", "countered", "vowed",
		"pledged", "threatened", "predicted", "mentioned", "informed", "briefed", "underlined", "highlighted",
		"urged", "urges", "demanded", "demands", "appealed", "condemned", "condemns",
		// Wire copy translated from French, Arabic or Spanish reports with
		// these: "the communiqué precised that …", "he assured that …".
		"specified", "specifies", "precised", "precises", "assured", "assures", "confided", "confides",
		"denounced", "denounces", "deplored", "deplores", "lamented", "laments", "clarified", "clarifies",
		"underscored", "underscores", "pointed", "points",
		// "The prosecutor's office attributed the attack to a dispute
		// between two cartels."
		"attributed", "attributes")
	add(relays, "told", "tells", "informed", "briefed")
	// "put the toll at 70": only with a toll and "at" (see tollAt).
	add(weak, "put", "puts", "placed", "places", "pegged", "pegs")
	add(weak, "lamented", "laments", "points", "reported", "reports", "confirmed", "confirms", "confirm", "published", "publishes",
		"added", "adds", "noted", "notes", "estimated", "estimates", "continued", "mentioned", "called", "calls",
		"termed", "branded", "labelled", "labeled",
		"posted", "described", "describes", "recalled", "declared", "condemned", "condemns", "urged", "urges",
		"claimed", "claims", "announced", "declares", "announces", "highlighted", "underlined", "maintained", "maintains")
	add(denial, "denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes")
	add(denial|weak, "rejected", "rejects", "dismissed", "dismisses")
	add(docCue, "showed", "shows", "show", "indicated", "indicates", "indicate", "documented", "documents",
		"found", "finds", "recorded", "records", "suggested", "suggests")
	add(gerund, "adding", "saying", "noting", "stressing", "explaining", "claiming", "alleging", "insisting",
		"warning", "stating", "emphasising", "emphasizing", "affirming", "asserting", "confirming", "denying",
		"accusing", "blaming", "vowing", "announcing", "arguing", "threatening", "demanding", "denouncing",
		"specifying", "precising", "assuring", "deploring", "indicating", "pointing", "underscoring")
	add(passive, "reported", "confirmed", "announced", "claimed", "stated", "revealed", "published", "documented",
		"recorded", "denied", "estimated")
	return m
}()

// skipBefore are words that may stand between a speaker and the cue verb
// ("the army also said", "Hamas has repeatedly denied").
var skipBefore = set("also", "has", "have", "had", "later", "earlier", "previously", "separately", "further",
	"again", "reportedly", "publicly", "officially", "repeatedly", "recently", "then", "yesterday", "today",
	"tonight", "had", "would", "will", "subsequently", "quickly", "promptly", "immediately", "last", "night",
	"first", "initially", "already", "once", "since", "now", "too", "likewise", "similarly", "itself",
	"himself", "herself", "themselves", "alone", "formally", "flatly", "strongly", "categorically")

// silence verbs, negated, say a body kept quiet ("did not comment",
// "did not acknowledge the loss").
var silence = set("comment", "respond", "acknowledge", "confirm", "say", "reply", "answer", "admit",
	"mention", "address", "disclose")

// negators before a cue mean nothing was said ("did not comment",
// "declined to confirm").
var negators = set("not", "n't", "never", "no", "nor", "neither", "declined", "refused", "unable", "failed",
	"cannot", "couldn't", "didn't", "wouldn't", "won't", "hasn't", "haven't", "doesn't", "without", "yet")

// npBoundary words end a speaker phrase scanning backwards.
var npBoundary = set("that", "which", "who", "whom", "when", "while", "whereas", "as", "and", "but", "or",
	"after", "before", "because", "since", "if", "where", "although", "though", "so", "than", "until",
	"once", "meanwhile", "however", "also", "then", "yet", "nor", "is", "are", "was", "were", "be", "been",
	"being", "it's", "whether", "unless", "amid", "despite", "following", "whilst")

// tailStarts after ", " end the sentence's attributed part: "…, the IDF
// announced, as the offensive pressed on".
var tailStarts = set("as", "while", "when", "after", "amid", "before", "because", "since", "following",
	"despite", "hours", "days", "weeks", "which", "although", "though", "but", "with", "without", "days")

// refAdjectives may stand before a body noun that points back at an entity
// named earlier ("the paramilitary group", "the medical charity"); any
// other modifier names a new body ("the airport authority").
var refAdjectives = set("paramilitary", "medical", "humanitarian", "militant", "armed", "rebel", "jihadist",
	"islamist", "aid", "international", "military", "national", "state", "un", "u.n.", "world", "global",
	"israeli", "palestinian", "group's", "insurgent", "separatist", "extremist", "islamic", "terrorist",
	"local", "regional", "federal", "central", "interim", "transitional", "de", "facto", "ruling",
	"sudanese", "russian", "ukrainian", "militia", "news", "monitoring", "britain-based", "uk-based",
	"london-based", "war", "rights", "human", "relief", "charity", "same", "main", "official", "government",
	"rival", "defence", "defense", "health", "foreign", "so-called", "new", "country's", "nation's",
	"ministry's", "army's", "its", "their", "the", "whose", "-")

// allegation nouns after ", a" open a clause about the claim just made
// ("…, a claim the RSF rejected as fabricated").
var allegation = set("claim", "charge", "accusation", "allegation", "version", "figure", "toll", "report",
	"statement", "assertion", "account")

// continuers after ", " end a claim's content and start a related clause.
var continuers = set("adding", "saying", "noting", "citing", "stressing", "explaining", "claiming",
	"alleging", "insisting", "warning", "stating", "according", "referring", "emphasising", "emphasizing",
	"affirming", "asserting", "confirming", "denying", "without", "quoting")

// declaring cues perform an act when their object is an actNoun.
var declaring = set("declared", "declares", "declare", "announced", "announces", "announce", "proclaimed",
	"proclaims", "imposed", "imposes", "extended", "extends", "lifted", "lifts")

// actNouns are measures an authority declares or imposes.
var actNouns = set("emergency", "curfew", "curfews", "lockdown", "ceasefire", "truce", "mourning",
	"blockade", "siege", "martial", "mobilisation", "mobilization", "amnesty")

// tailPreps open a prepositional phrase that, after a speaker set off by
// commas, qualifies the reported clause rather than opening new content.
var tailPreps = set("in", "on", "at", "during", "over", "amid", "across", "with", "as")

// prepositions that open an adverbial between a cue and its content
// ("said on Sunday that", "said in a statement posted on Telegram that").
var adverbialPreps = set("on", "in", "at", "late", "early", "during", "via", "through", "from", "last",
	"this", "earlier", "later", "overnight", "yesterday", "today", "tonight", "after", "before", "while",
	"when", "over", "by", "following", "separately", "also", "again", "shortly", "previously",
	"publicly", "recently", "further", "thursday", "friday", "saturday", "sunday", "monday", "tuesday",
	"wednesday")

// temporal words may trail a speaker phrase ("the army on Sunday said").
var temporal = set("on", "in", "late", "early", "last", "this", "earlier", "a", "an", "the", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
	"day", "week", "month", "statement", "interview", "separate", "joint", "written", "televised", "post",
	"video", "speech", "press", "conference", "briefing", "january", "february", "march", "april", "may",
	"june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "its", "his", "her", "their", "official",
	"telegram", "x", "twitter", "facebook", "website", "weekly", "daily", "latest", "overnight", "today",
	"yesterday", "tonight", "at", "news", "of", "brief", "short", "recorded", "update", "message",
	// "said on its Telegram channel", "on its official account".
	"channel", "account", "page", "feed", "broadcast", "social", "media", "platform", "platforms")

// roleClass says how a role noun in a speaker phrase points at its source.
type roleClass uint8

const (
	// roleSpokes nouns speak for the body beside them ("army spokesman",
	// "a source in the group", "an official at the ministry").
	roleSpokes roleClass = iota + 1
	// roleDocument nouns are documents issued by the body ("a report
	// issued by X", "data from X", "a statement by X").
	roleDocument
	// roleBody nouns name a body by its kind ("the group", "the army",
	// "the ministry"); alone, they point back to an entity named before.
	roleBody
	// roleGeneric nouns are unnamed speakers that stand for themselves
	// ("witnesses", "residents", "medics").
	roleGeneric
)

type role struct {
	class roleClass
	kind  string // entity kind the noun implies, when it does
}

// roles is keyed by folded head noun.
var roles = func() map[string]role {
	m := map[string]role{}
	add := func(r role, ws ...string) {
		for _, w := range ws {
			m[w] = r
		}
	}
	add(role{roleSpokes, ""}, "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
		"source", "sources", "official", "officials", "representative", "representatives", "envoy", "member",
		"members", "commander", "commanders", "officer", "officers", "head", "chief", "director", "leader",
		"leaders", "minister", "secretary", "adviser", "advisor", "aide", "aides", "staff", "worker",
		"workers", "employee", "employees", "delegate", "negotiator", "coordinator", "coordinators",
		"chairman", "chairwoman", "chair", "president", "governor", "mayor", "general", "colonel", "captain",
		"major", "lieutenant", "brigadier", "sergeant", "admiral", "marshal", "commissioner", "ambassador",
		"deputy", "analyst", "analysts", "researchers", "researcher", "investigator", "investigators", "monitor", "monitors",
		"personnel", "operative", "insider", "insiders", "correspondent", "reporter", "journalist",
		"doctor", "doctors", "medic", "medics", "nurse", "surgeon", "paramedic", "paramedics", "prosecutor",
		"prosecutors", "inspector", "administrator", "chief", "manager", "managers", "operator", "operators",
		"owner", "owners")
	add(role{roleDocument, ""}, "report", "reports", "statement", "statements", "data", "figures", "figure",
		"tally", "toll", "count", "assessment", "update", "bulletin", "communique", "communiqué", "release",
		"estimate", "estimates", "survey", "study", "analysis", "investigation", "footage", "video", "videos",
		"post", "posts", "message", "letter", "document", "documents", "records", "record", "briefing",
		"findings", "numbers", "tweet", "account", "announcement", "map", "maps", "images", "photos", "list")
	add(role{roleBody, sitrep.KindArmedGroup}, "militia", "militias", "paramilitary",
		"paramilitaries", "rebels", "rebel", "faction", "insurgents", "militants", "fighters",
		"brigades", "outfit", "force", "forces")
	// Generic organisation nouns fit any body.
	add(role{roleBody, ""}, "group", "groups", "organisation", "organization", "movement", "alliance",
		"coalition", "body", "entity", "team")
	add(role{roleBody, sitrep.KindStateForce}, "army", "military", "troops", "navy", "police", "airforce",
		"junta", "command", "battalion", "brigade", "regiment", "division", "unit", "corps")
	add(role{roleBody, sitrep.KindGovernment}, "ministry", "government", "authorities", "authority",
		"administration", "office", "department", "council", "cabinet", "presidency", "kremlin", "agency",
		"committee", "committees", "commission", "directorate", "service", "bureau", "councils", "services", "embassy", "state",
		"municipality", "regime")
	add(role{roleBody, sitrep.KindNGO}, "charity", "ngo", "diocese", "church", "mosque", "wing", "watchdog", "observatory", "hospital", "clinic",
		"network", "association", "union", "society", "institute", "foundation", "center", "centre")
	add(role{roleBody, sitrep.KindMedia}, "newspaper", "channel", "broadcaster", "outlet", "daily",
		"agency's", "website", "station", "tv", "television", "radio", "network's", "paper", "magazine",
		"publication", "media")
	add(role{roleBody, sitrep.KindUN}, "mission", "peacekeepers")
	add(role{roleGeneric, sitrep.KindCivilians}, "witness", "witnesses", "resident", "residents",
		"survivor", "survivors", "villagers", "locals", "people", "relatives", "families", "eyewitnesses",
		"eyewitness", "activist", "activists", "civilians", "displaced", "refugees", "farmers", "traders",
		"protesters", "students", "parents", "woman", "man", "mother", "father", "farmer", "teacher",
		"shopkeeper", "vendor", "trader", "seller", "fisherman", "driver", "girl", "boy", "widow", "survivor's",
		"neighbour", "neighbor", "worshipper", "pilgrim", "merchant", "herder", "student", "elder", "chief's",
		"villager", "local", "bystander", "passenger",
		// Kin speak for a victim: "his family said", "her brother told".
		"family", "relative", "brother", "sister", "son", "daughter", "wife", "husband", "cousin", "uncle",
		"nephew", "niece", "friend", "friends")
	add(role{roleGeneric, sitrep.KindOther}, "observers", "experts", "diplomats", "diplomat", "rescuers",
		"volunteers", "volunteer", "lawmakers", "lawmaker", "politicians", "commentators", "bloggers",
		// Situation reports cite the agencies working with the issuer.
		"partners")
	return m
}()

// relayNouns make the object of "told" a relay rather than an audience.
var relayNouns = set("channel", "newspaper", "broadcaster", "agency", "outlet", "daily", "tv", "television",
	"radio", "station", "magazine", "website", "network", "paper")

// pronouns that may stand for a speaker.
var pronouns = map[string]string{
	"he": sitrep.KindPerson, "she": sitrep.KindPerson, "it": "", "they": "", "we": "", "i": sitrep.KindPerson,
	"its": "", "their": "", "his": sitrep.KindPerson,
}

// determiners open a noun phrase; they carry no meaning for resolution.
var determiners = set("the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
	"one", "another", "two", "three", "several", "some", "many", "other", "senior", "local", "unnamed",
	"anonymous", "top", "high-ranking", "several", "multiple", "various", "two", "both")

// titles precede a person's name ("Brigadier General Nabil Abdallah").
var titles = set("gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig", "brigadier",
	"capt", "captain", "sgt", "sergeant", "adm", "admiral", "dr", "doctor", "mr", "mrs", "ms", "prof",
	"professor", "sheikh", "imam", "president", "minister", "commander", "spokesman", "spokeswoman",
	"spokesperson", "marshal", "field", "lt-gen", "maj-gen", "brig-gen", "sen", "senator", "rep", "gov",
	"governor", "mayor", "judge", "prosecutor", "administrator", "justice", "rev", "father", "bishop", "pastor", "chief", "secretary",
	"general's", "envoy", "ambassador", "deputy", "prime", "foreign", "defence", "defense", "interior",
	"health", "head", "director", "chairman", "leader", "officer", "official", "colonel-general", "lord",
	"king", "queen", "prince", "emir", "sultan", "ayatollah", "mullah", "maulana", "hon", "amb", "cmdr",
	"cdr", "cpt", "supt", "insp", "lieut", "pte", "pvt", "cpl")

// personPrep links a spokesman to what they speak for ("a spokesman for
// the army", "a source in Hamas", "data from the ministry").
var personPrep = set("for", "of", "in", "at", "from", "by", "within", "with", "to", "close", "inside", "on")

// audience words after "to" are whom a speaker addressed ("confided to
// us", "said to reporters"), not the content.
var audience = set("us", "me", "him", "her", "them", "reporters", "journalists", "the", "a", "an")

// ownVoice roles are people who speak as themselves wherever they work:
// "a doctor at the hospital" is not the hospital.
var ownVoice = set("doctor", "doctors", "medic", "medics", "nurse", "nurses", "surgeon", "surgeons",
	"paramedic", "paramedics", "worker", "workers", "employee", "employees", "staff", "researcher",
	"researchers", "analyst", "analysts", "correspondent", "reporter", "journalist")

// ofContent cues take their content after "of" ("MSF warned of
// catastrophic levels of malnutrition"), unlike a participle ("civilians
// accused of collaborating").
var ofContent = set("warned", "warns", "spoke", "speaks", "complained", "complains")

// tollVerbs report a figure only as "put the toll at N".
var tollVerbs = set("put", "puts", "placed", "places", "pegged", "pegs")

// tollNouns are what a toll verb puts at a figure.
var tollNouns = set("toll", "number", "figure", "tally", "count", "casualties", "dead", "losses", "total")

// citing words after a cue name the source a relay drew on ("X reported,
// citing Y").
var citing = set("citing", "quoting")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// temporalName are capitalised words that never name a speaker.
var temporalName = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "today": true, "yesterday": true}

// trailingAdverb words end a speaker phrase without naming anyone ("a
// health worker there").
var trailingAdverb = map[string]bool{"there": true, "here": true, "too": true, "also": true, "themselves": true, "itself": true}

// runBy words after "X-" make X the body's master: "Hamas-run",
// "army-led", "junta-controlled".
var runBy = map[string]bool{"run": true, "led": true, "controlled": true, "administered": true, "appointed": true}

// voices are roles that speak for their body: what a spokesman says, the
// body says.
var voices = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true,
	"spokesmen": true, "representative": true, "representatives": true}

// sources speak for a named body ("a Hamas source") but stand alone when
// the body is only a kind ("military sources", "a security source").
var sources = map[string]bool{"source": true, "sources": true, "official": true, "officials": true}

// laterDoc words make an indefinite document a later one of a speaker
// already heard ("a second statement", "another statement").
var laterDoc = map[string]bool{"second": true, "third": true, "another": true, "separate": true, "later": true,
	"subsequent": true, "further": true, "new": true, "follow-up": true}

// participle reports a word opening an aside that is no role phrase
// ("speaking in Kaya on Monday").
func participle(n string) bool {
	return len(n) > 4 && n[len(n)-3:] == "ing"
}

// articles are stripped from a speaker phrase before it is read.
var articles = map[string]bool{"the": true, "a": true, "an": true}
