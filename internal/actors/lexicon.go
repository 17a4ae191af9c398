package actors

import "sitrep"

// The lexicons below are the recogniser's data: the words that make a
// capitalised phrase an organisation, a title before a person's name, a
// state's forces after a demonym, or a generic group. They hold patterns of
// English news copy, never names of particular actors (those live in
// data/actors). Keys are folded (text.Fold) single words.

// orgHead describes a word that ends an organisation's name ("... Brigades")
// or heads an "X of Y" name ("Ministry of Health").
type orgHead struct {
	kind string
	role string
	// state is true when, with a country or demonym in the name ("Sudanese
	// Army"), the phrase names that state's forces.
	state bool
	// lower is true when news copy writes the head in lower case after a
	// capitalised name ("Nasser hospital", "Haaretz newspaper").
	lower bool
	// outlet heads describe an outlet whose name is the words before them
	// ("the Haaretz newspaper" is Haaretz).
	outlet bool
}

var orgHeads = map[string]orgHead{
	"brigades": {kind: sitrep.KindArmedGroup, role: RoleParty}, "brigade": {kind: sitrep.KindArmedGroup, role: RoleParty},
	"battalion": {kind: sitrep.KindArmedGroup, role: RoleParty}, "battalions": {kind: sitrep.KindArmedGroup, role: RoleParty},
	"regiment": {kind: sitrep.KindArmedGroup, role: RoleParty}, "militia": {kind: sitrep.KindArmedGroup, role: RoleParty},
	"militias": {kind: sitrep.KindArmedGroup, role: RoleParty}, "front": {kind: sitrep.KindArmedGroup, role: RoleParty},
	"movement": {kind: sitrep.KindArmedGroup, role: RoleParty}, "alliance": {kind: sitrep.KindArmedGroup, role: RoleParty},
	"legion": {kind: sitrep.KindArmedGroup, role: RoleParty}, "mujahideen": {kind: sitrep.KindArmedGroup, role: RoleParty},
	"resistance":  {kind: sitrep.KindArmedGroup, role: RoleParty},
	"army":        {kind: sitrep.KindArmedGroup, role: RoleParty, state: true},
	"forces":      {kind: sitrep.KindArmedGroup, role: RoleParty, state: true},
	"force":       {kind: sitrep.KindArmedGroup, role: RoleParty, state: true},
	"corps":       {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"division":    {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"guard":       {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"guards":      {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"command":     {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"navy":        {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"police":      {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"gendarmerie": {kind: sitrep.KindStateForce, role: RoleParty, state: true},
	"group":       {kind: sitrep.KindArmedGroup, role: RoleParty},
	"party":       {kind: sitrep.KindPolitical, role: RoleNeutral}, "council": {kind: sitrep.KindPolitical, role: RoleNeutral},
	"committee": {kind: sitrep.KindPolitical, role: RoleNeutral}, "committees": {kind: sitrep.KindArmedGroup, role: RoleParty},
	"union": {kind: sitrep.KindPolitical, role: RoleNeutral}, "congress": {kind: sitrep.KindPolitical, role: RoleNeutral},
	"coalition": {kind: sitrep.KindPolitical, role: RoleNeutral}, "assembly": {kind: sitrep.KindPolitical, role: RoleNeutral},
	"ministry": {kind: sitrep.KindGovernment, role: RoleNeutral}, "authority": {kind: sitrep.KindGovernment, role: RoleNeutral},
	"authorities": {kind: sitrep.KindGovernment, role: RoleNeutral}, "department": {kind: sitrep.KindGovernment, role: RoleNeutral},
	"directorate": {kind: sitrep.KindGovernment, role: RoleNeutral}, "administration": {kind: sitrep.KindGovernment, role: RoleNeutral},
	"commission": {kind: sitrep.KindGovernment, role: RoleNeutral}, "government": {kind: sitrep.KindGovernment, role: RoleNeutral},
	"office": {kind: sitrep.KindGovernment, role: RoleNeutral}, "service": {kind: sitrep.KindGovernment, role: RoleNeutral},
	"agency": {kind: sitrep.KindNGO, role: RoleIndependent}, "organisation": {kind: sitrep.KindNGO, role: RoleIndependent},
	"organization": {kind: sitrep.KindNGO, role: RoleIndependent}, "network": {kind: sitrep.KindNGO, role: RoleIndependent},
	"observatory": {kind: sitrep.KindNGO, role: RoleIndependent}, "coordination": {kind: sitrep.KindNGO, role: RoleIndependent}, "institute": {kind: sitrep.KindNGO, role: RoleIndependent},
	"foundation": {kind: sitrep.KindNGO, role: RoleIndependent}, "society": {kind: sitrep.KindNGO, role: RoleIndependent},
	"association": {kind: sitrep.KindNGO, role: RoleIndependent}, "federation": {kind: sitrep.KindNGO, role: RoleIndependent},
	"centre": {kind: sitrep.KindNGO, role: RoleIndependent}, "center": {kind: sitrep.KindNGO, role: RoleIndependent},
	"watch": {kind: sitrep.KindNGO, role: RoleIndependent}, "initiative": {kind: sitrep.KindNGO, role: RoleIndependent},
	"borders": {kind: sitrep.KindNGO, role: RoleIndependent}, "rights": {kind: sitrep.KindNGO, role: RoleIndependent},
	"hospital":   {kind: sitrep.KindOther, role: RoleIndependent, lower: true},
	"clinic":     {kind: sitrep.KindOther, role: RoleIndependent, lower: true},
	"university": {kind: sitrep.KindOther, role: RoleNeutral},
	// Courts and companies speak in conflict news too ("the Manipur High
	// Court directed", "the ship's manager, Hellas Bulk Management, said").
	"court":       {kind: sitrep.KindGovernment, role: RoleNeutral},
	"tribunal":    {kind: sitrep.KindGovernment, role: RoleNeutral},
	"management":  {kind: sitrep.KindOther, role: RoleNeutral},
	"shipping":    {kind: sitrep.KindOther, role: RoleNeutral},
	"ltd":         {kind: sitrep.KindOther, role: RoleNeutral},
	"limited":     {kind: sitrep.KindOther, role: RoleNeutral},
	"inc":         {kind: sitrep.KindOther, role: RoleNeutral},
	"corporation": {kind: sitrep.KindOther, role: RoleNeutral},
	"company":     {kind: sitrep.KindOther, role: RoleNeutral},
	"forum":       {kind: sitrep.KindOther, role: RoleNeutral},
	"newspaper":   {kind: sitrep.KindMedia, role: RoleIndependent, lower: true, outlet: true},
	"daily":       {kind: sitrep.KindMedia, role: RoleIndependent, lower: true, outlet: true},
	"broadcaster": {kind: sitrep.KindMedia, role: RoleIndependent, lower: true, outlet: true},
	"channel":     {kind: sitrep.KindMedia, role: RoleIndependent, lower: true, outlet: true},
	"outlet":      {kind: sitrep.KindMedia, role: RoleIndependent, lower: true, outlet: true},
	"radio":       {kind: sitrep.KindMedia, role: RoleIndependent},
	"television":  {kind: sitrep.KindMedia, role: RoleIndependent},
	"tv":          {kind: sitrep.KindMedia, role: RoleIndependent},
	"news":        {kind: sitrep.KindMedia, role: RoleIndependent},
}

// nameConnectors may join the capitalised words of one name ("Ministry of
// Health", "Justice and Equality Movement", "Doctors Without Borders").
var nameConnectors = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "de": true, "du": true, "des": true,
	"la": true, "le": true, "al": true, "wal": true, "without": true, "to": true, "on": true,
	"in": true, "&": true,
}

// notNameStart are capitalised words that start sentences or clauses but
// never an organisation's name.
var notNameStart = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "for": true,
	"from": true, "with": true, "after": true, "before": true, "when": true, "while": true, "as": true,
	"but": true, "and": true, "or": true, "if": true, "meanwhile": true, "however": true, "also": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "this": true, "that": true,
	"these": true, "those": true, "according": true, "since": true, "during": true, "both": true,
	"some": true, "many": true, "other": true, "several": true, "all": true, "two": true, "three": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "photo": true, "video": true, "read": true, "more": true,
	"where": true, "why": true, "how": true, "what": true, "who": true, "which": true, "we": true,
	"they": true, "he": true, "she": true, "it": true, "there": true, "here": true, "now": true,
	"then": true, "yet": true, "still": true, "despite": true, "although": true, "though": true,
	"because": true, "until": true, "against": true, "over": true, "under": true, "between": true,
	"among": true, "amid": true, "near": true, "into": true, "about": true, "earlier": true,
	"later": true, "last": true, "next": true, "every": true, "each": true, "no": true, "not": true,
	"most": true, "such": true, "only": true, "even": true, "just": true, "so": true, "than": true,
	"i": true, "you": true, "is": true, "was": true, "are": true, "were": true, "said": true,
}

// forceNouns follow a demonym or a state's possessive to name its forces
// ("Israeli troops", "Ukraine's military"); weapons stand for the force
// that fires them ("Russian drones").
var forceNouns = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "army": true, "military": true, "armed": true,
	"servicemen": true, "units": true, "navy": true, "air": true, "airforce": true, "marines": true,
	"warplanes": true, "jets": true, "drones": true, "aircraft": true, "artillery": true, "tanks": true,
	"gunboats": true, "snipers": true, "paratroopers": true, "commandos": true, "infantry": true,
	"strikes": true, "airstrikes": true, "shelling": true, "bombardment": true, "missiles": true,
	"warships": true, "helicopters": true, "soldier": true, "troop": true, "military's": true,
	// One strike or weapon names its force as well ("Israeli strike on
	// ...", "Turkish drone strike").
	"strike": true, "airstrike": true, "drone": true, "missile": true, "warplane": true, "jet": true,
	"raid": true, "raids": true, "bombing": true, "offensive": true, "incursion": true, "shell": true,
	"shells": true, "tank": true, "helicopter": true, "sniper": true, "attack": true, "attacks": true,
	"occupation": true, "defence": true, "defense": true, "security": true, "reservists": true,
}

// forceTails complete a two-word force noun ("armed forces", "air force",
// "security forces", "defence forces").
var forceTails = map[string]bool{"forces": true, "force": true, "strikes": true, "strike": true, "units": true, "personnel": true, "services": true}

// forceNeedsTail are force nouns that name the force only with a tail.
var forceNeedsTail = map[string]bool{"armed": true, "air": true, "defence": true, "defense": true, "security": true}

var policeNouns = map[string]bool{
	"police": true, "policemen": true, "gendarmes": true, "gendarmerie": true, "policeman": true,
}

// genericGroups are unnamed groups of people ACLED codes as civilians,
// protesters or rioters; the value is the ACLED actor stem.
var genericGroups = map[string]string{
	"civilians": "Civilians", "residents": "Civilians", "inhabitants": "Civilians", "villagers": "Civilians",
	"locals": "Civilians", "worshippers": "Civilians", "worshipers": "Civilians", "farmers": "Civilians",
	"herders": "Civilians", "pastoralists": "Civilians", "students": "Civilians", "pupils": "Civilians",
	"children": "Civilians", "passengers": "Civilians", "pilgrims": "Civilians", "refugees": "Civilians",
	"fishermen": "Civilians", "shoppers": "Civilians", "mourners": "Civilians", "patients": "Civilians",
	"families": "Civilians", "displaced": "Civilians", "idps": "Civilians", "miners": "Civilians",
	"traders": "Civilians", "motorists": "Civilians", "commuters": "Civilians", "aid workers": "Civilians",
	"protesters": "Protesters", "protestors": "Protesters", "demonstrators": "Protesters",
	"rioters": "Rioters",
	// Armed men nobody names are ACLED's "Unidentified Armed Group (X)".
	"gunmen": unidentifiedGroup, "gunman": unidentifiedGroup,
}

const unidentifiedGroup = "Unidentified Armed Group"

// allegiance words after "gunmen" tie them to a named side.
var allegiance = map[string]bool{
	"loyal": true, "linked": true, "affiliated": true, "allied": true, "aligned": true, "belonging": true,
	"backed": true, "from": true, "of": true,
}

// unidentifiedHeads follow "unidentified", "unknown" or "armed" in the
// phrases that name an unidentified armed group ("armed men", "unknown
// assailants", ACLED's own "Unidentified Armed Group (Mali)").
var unidentifiedHeads = map[string]bool{
	"men": true, "gunmen": true, "gunman": true, "assailants": true, "attackers": true, "group": true,
	"groups": true, "individuals": true,
}

// titleWords may make up a title before a person's name. core marks words
// that are a title on their own ("spokesman", "General"); the others only
// qualify one ("regional", "deputy", "Army"). body names the kind of body
// the title speaks for when no body is named ("Army spokesman").
type titleWord struct {
	core bool
	// rank is true for military ranks: the person belongs to a state or
	// armed force.
	rank bool
	body string // "army", "police", "government", "un", "" (none)
	// weak titles take a name only when written with a capital or followed
	// by at least two name words ("Doctor", "official").
	weak bool
}

var titleWords = map[string]titleWord{
	// Military ranks.
	"general": {core: true, rank: true}, "gen": {core: true, rank: true}, "major": {core: true, rank: true},
	"maj": {core: true, rank: true}, "lieutenant": {core: true, rank: true}, "lt": {core: true, rank: true},
	"colonel": {core: true, rank: true}, "col": {core: true, rank: true}, "brigadier": {core: true, rank: true},
	"brig": {core: true, rank: true}, "captain": {core: true, rank: true}, "capt": {core: true, rank: true},
	"sergeant": {core: true, rank: true}, "sgt": {core: true, rank: true}, "admiral": {core: true, rank: true},
	"adm": {core: true, rank: true}, "marshal": {core: true, rank: true}, "commander": {core: true, rank: true},
	"cmdr": {core: true, rank: true}, "corporal": {core: true, rank: true}, "private": {weak: true, rank: true},
	"field": {rank: true}, "vice": {}, "rear": {}, "staff": {},
	// "Air Vice Marshal", "Air Commodore".
	"air": {rank: true}, "commodore": {core: true, rank: true},
	// Speakers and officials.
	"spokesman": {core: true}, "spokeswoman": {core: true}, "spokesperson": {core: true},
	"minister": {core: true, body: "government"}, "governor": {core: true, body: "government"},
	"mayor": {core: true, body: "government"}, "director": {core: true}, "head": {core: true},
	"chief": {core: true}, "official": {core: true, weak: true}, "president": {core: true, body: "government"},
	"premier": {core: true, body: "government"}, "chancellor": {core: true, body: "government"},
	"secretary": {core: true}, "envoy": {core: true}, "coordinator": {core: true},
	"ambassador": {core: true, body: "government"}, "representative": {core: true},
	"chairman": {core: true}, "chairwoman": {core: true}, "chairperson": {core: true}, "chair": {core: true, weak: true},
	"leader": {core: true}, "commissioner": {core: true}, "rapporteur": {core: true},
	"administrator": {core: true}, "speaker": {core: true}, "king": {core: true, body: "government"},
	"emir": {core: true}, "sheikh": {core: true}, "dr": {core: true}, "doctor": {core: true, weak: true},
	"prof": {core: true}, "professor": {core: true}, "mr": {core: true}, "mrs": {core: true}, "ms": {core: true},
	"judge": {core: true}, "prosecutor": {core: true}, "senator": {core: true, body: "government"},
	"lawmaker": {core: true}, "mp": {core: true}, "correspondent": {core: true}, "reporter": {core: true},
	"journalist": {core: true}, "analyst": {core: true}, "researcher": {core: true}, "surgeon": {core: true},
	// Occupations that name a victim or witness ("killing student Abu
	// Sayeed"): weak, so a lone capitalised word after them is no name.
	"student": {core: true, weak: true}, "teacher": {core: true, weak: true}, "lawyer": {core: true, weak: true},
	"farmer": {core: true, weak: true}, "pastor": {core: true, weak: true}, "priest": {core: true, weak: true},
	"cleric": {core: true, weak: true}, "photographer": {core: true, weak: true}, "businessman": {core: true, weak: true},
	"activist": {core: true}, "imam": {core: true}, "bishop": {core: true}, "archbishop": {core: true},
	"pope": {core: true}, "ceo": {core: true}, "adviser": {core: true}, "member": {core: true}, "kingpin": {core: true}, "warlord": {core: true}, "advisor": {core: true},
	"aide": {core: true}, "negotiator": {core: true}, "deputy-head": {core: true}, "superintendent": {core: true},
	"inspector": {core: true}, "dsp": {core: true, rank: true}, "asp": {core: true, rank: true}, "csp": {core: true, rank: true}, "hon": {core: true}, "founder": {core: true}, "officer": {core: true, weak: true},
	"deputy": {core: true, weak: true}, "acting": {}, "former": {}, "senior": {}, "top": {}, "regional": {}, "provincial": {},
	"district": {}, "local": {}, "state": {}, "interim": {}, "foreign": {}, "interior": {}, "health": {},
	"information": {}, "humanitarian": {}, "special": {}, "assistant": {}, "executive": {}, "national": {},
	"prime": {}, "defence": {}, "defense": {}, "military": {body: "army"}, "army": {body: "army"},
	"police": {body: "police"}, "press": {}, "media": {}, "public": {}, "relations": {}, "political": {},
	"un": {body: "un"}, "high": {}, "under": {}, "medical": {},
	"emergency": {}, "civil": {}, "affairs": {}, "communications": {}, "security": {}, "intelligence": {},
	"justice": {}, "finance": {}, "education": {}, "government": {body: "government"}, "ministry": {body: "government"},
	"hospital": {}, "resident": {core: true, weak: true}, "country": {}, "mission": {}, "operations": {},
}

// portfolios follow "Minister of" before the minister's name.
var portfolios = map[string]bool{
	"health": true, "defence": true, "defense": true, "foreign": true, "affairs": true, "interior": true,
	"information": true, "justice": true, "finance": true, "state": true, "education": true,
	"energy": true, "agriculture": true, "the": true, "and": true, "security": true, "economy": true,
	"home": true,
}

// nameParticles may sit lower case inside a person's name.
var nameParticles = map[string]bool{
	"al": true, "bin": true, "ibn": true, "abu": true, "abd": true, "de": true, "van": true, "von": true,
	"ould": true, "ag": true, "da": true, "dos": true, "das": true, "du": true, "le": true, "la": true,
	"bint": true, "wa": true, "y": true, "di": true, "del": true, "der": true,
}

// notPersonName are capitalised words that follow a title but are not a
// name ("President of", "General Assembly", "Minister said").
var notPersonName = map[string]bool{
	"assembly": true, "staff": true, "said": true, "says": true, "told": true, "of": true,
	"office": true, "headquarters": true, "command": true, "council": true, "secretariat": true,
	"hospital": true, "the": true, "operations": true, "media": true, "affairs": true, "relations": true,
	"bridge": true, "street": true, "road": true, "camp": true, "district": true, "province": true,
	"region": true, "city": true, "airport": true, "school": true, "market": true, "square": true,
	"river": true, "border": true, "state": true, "township": true, "village": true,
	// Buildings named for an office ("the Governor House", "the
	// President's Palace").
	"house": true, "palace": true, "residence": true, "mansion": true, "building": true,
}

// roleNoun is a back-referring noun phrase head ("the group", "the army")
// and the entity kinds it can refer to.
type roleNoun struct {
	kinds  []string
	person bool
	// heads are organisation head words an entity's own name may end in to
	// be preferred ("the ministry" → "... Ministry").
	heads []string
	// plural pronouns may also take state forces and armed groups.
	pronoun bool
}

var (
	orgKinds    = []string{sitrep.KindArmedGroup, sitrep.KindStateForce, sitrep.KindGovernment, sitrep.KindPolitical, sitrep.KindNGO, sitrep.KindUN, sitrep.KindMedia, sitrep.KindOther}
	armedKinds  = []string{sitrep.KindArmedGroup, sitrep.KindStateForce}
	stateKinds  = []string{sitrep.KindStateForce}
	aidKinds    = []string{sitrep.KindNGO, sitrep.KindUN}
	mediaKinds  = []string{sitrep.KindMedia}
	govKinds    = []string{sitrep.KindGovernment}
	personKinds = []string{sitrep.KindPerson}
)

var roleNouns = map[string]roleNoun{
	"he": {person: true, kinds: personKinds, pronoun: true}, "she": {person: true, kinds: personKinds, pronoun: true},
	"him": {person: true, kinds: personKinds, pronoun: true}, "his": {person: true, kinds: personKinds, pronoun: true},
	"her": {person: true, kinds: personKinds, pronoun: true},
	"it":  {kinds: orgKinds, pronoun: true}, "its": {kinds: orgKinds, pronoun: true},
	"they": {kinds: orgKinds, pronoun: true}, "their": {kinds: orgKinds, pronoun: true},
	"group":     {kinds: []string{sitrep.KindArmedGroup, sitrep.KindPolitical, sitrep.KindNGO}, heads: []string{"group"}},
	"militants": {kinds: []string{sitrep.KindArmedGroup}}, "militant": {kinds: []string{sitrep.KindArmedGroup}},
	"rebels": {kinds: []string{sitrep.KindArmedGroup}}, "insurgents": {kinds: []string{sitrep.KindArmedGroup}},
	"jihadists": {kinds: []string{sitrep.KindArmedGroup}}, "fighters": {kinds: []string{sitrep.KindArmedGroup}},
	"militia":      {kinds: []string{sitrep.KindArmedGroup}, heads: []string{"militia"}},
	"movement":     {kinds: []string{sitrep.KindArmedGroup, sitrep.KindPolitical}, heads: []string{"movement"}},
	"paramilitary": {kinds: armedKinds}, "paramilitaries": {kinds: armedKinds},
	"army": {kinds: stateKinds, heads: []string{"army"}}, "military": {kinds: stateKinds},
	"troops": {kinds: stateKinds}, "forces": {kinds: armedKinds, heads: []string{"forces"}},
	"soldiers": {kinds: stateKinds}, "junta": {kinds: stateKinds}, "police": {kinds: stateKinds, heads: []string{"police"}},
	"charity": {kinds: aidKinds}, "organisation": {kinds: orgKinds, heads: []string{"organisation", "organization"}},
	"organization": {kinds: orgKinds, heads: []string{"organisation", "organization"}},
	"ngo":          {kinds: aidKinds}, "agency": {kinds: []string{sitrep.KindUN, sitrep.KindNGO, sitrep.KindMedia, sitrep.KindGovernment}, heads: []string{"agency"}},
	"body": {kinds: orgKinds}, "ministry": {kinds: govKinds, heads: []string{"ministry"}},
	"government": {kinds: govKinds}, "authorities": {kinds: govKinds}, "authority": {kinds: govKinds, heads: []string{"authority"}},
	"hospital":  {kinds: []string{sitrep.KindOther}, heads: []string{"hospital"}},
	"newspaper": {kinds: mediaKinds}, "outlet": {kinds: mediaKinds}, "broadcaster": {kinds: mediaKinds},
	"channel": {kinds: mediaKinds}, "daily": {kinds: mediaKinds}, "network": {kinds: mediaKinds},
	"observatory": {kinds: aidKinds, heads: []string{"observatory"}}, "monitor": {kinds: aidKinds},
	"spokesman": {person: true, kinds: personKinds}, "spokeswoman": {person: true, kinds: personKinds},
	"spokesperson": {person: true, kinds: personKinds}, "official": {person: true, kinds: personKinds},
	"commander": {person: true, kinds: personKinds}, "minister": {person: true, kinds: personKinds},
	"governor": {person: true, kinds: personKinds}, "director": {person: true, kinds: personKinds},
}

// descriptorKinds are adjectives and nouns that qualify a role noun ("the
// paramilitary group", "the medical charity") and the kinds they fit when
// the entity was never described with the same word.
var descriptorKinds = map[string][]string{
	"paramilitary": armedKinds, "armed": armedKinds, "rebel": {sitrep.KindArmedGroup},
	"jihadist": {sitrep.KindArmedGroup}, "islamist": {sitrep.KindArmedGroup, sitrep.KindPolitical},
	"militant": {sitrep.KindArmedGroup}, "medical": {sitrep.KindNGO, sitrep.KindOther},
	"aid": aidKinds, "humanitarian": aidKinds, "un": {sitrep.KindUN}, "news": mediaKinds,
	"rights": {sitrep.KindNGO}, "health": {sitrep.KindGovernment, sitrep.KindOther},
}

// qualifierWords describe an actor without being a role noun ("the
// Iran-backed militia", "the separatist rebels").
var qualifierWords = map[string]bool{
	"separatist": true, "insurgent": true, "opposition": true, "secessionist": true, "military": true,
	"backed": true, "allied": true, "aligned": true, "affiliated": true, "linked": true, "pro": true,
	"terrorist": true, "extremist": true, "radical": true, "armed": true, "tribal": true, "ethnic": true,
	"self": true, "defence": true, "defense": true, "wing": true, "political": true,
	"charity": true, "relief": true, "monitoring": true, "war": true, "monitor": true, "state": true,
	"run": true, "controlled": true, "led": true, "official": true, "local": true, "regional": true,
	"international": true, "wire": true, "agency": true, "group": true, "organisation": true,
	"organization": true, "movement": true, "faction": true, "outfit": true, "force": true,
}

// outletNouns come before an outlet's name ("the Arabic-language channel
// Al Jazeera", "the newspaper Haaretz").
var outletNouns = map[string]bool{
	"channel": true, "newspaper": true, "broadcaster": true, "daily": true, "outlet": true,
	"agency": true, "network": true, "station": true, "website": true, "tabloid": true, "weekly": true,
	"magazine": true, "television": true, "radio": true, "site": true, "portal": true,
}

// speechVerbs follow or precede a speaker's name ("..., Khaled Omar said").
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "wrote": true, "explained": true,
	"stated": true, "noted": true, "warned": true, "recalled": true, "confirmed": true, "reported": true,
}

// bylineCues precede "by" and the names of an article's reporters and
// editors ("(Reporting by ...; Editing by ...)").
var bylineCues = map[string]bool{
	"reporting": true, "writing": true, "editing": true, "reported": true, "written": true,
	"edited": true, "compiled": true, "additional": true, "photos": true,
}

// notBylineName are capitalised words after "By" that are no reporter.
var notBylineName = map[string]bool{"staff": true, "reporter": true, "correspondent": true, "our": true, "agencies": true, "news": true}
