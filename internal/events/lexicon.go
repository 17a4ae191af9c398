package events

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// ACLED sub-event types used here.
const (
	subArmedClash    = "Armed clash"
	subGovRegains    = "Government regains territory"
	subNSAOvertakes  = "Non-state actor overtakes territory"
	subAirDrone      = "Air/drone strike"
	subShelling      = "Shelling/artillery/missile attack"
	subIED           = "Remote explosive/landmine/IED"
	subSuicide       = "Suicide bomb"
	subGrenade       = "Grenade"
	subAttack        = "Attack"
	subAbduction     = "Abduction/forced disappearance"
	subSexual        = "Sexual violence"
	subPeaceful      = "Peaceful protest"
	subIntervention  = "Protest with intervention"
	subExcessive     = "Excessive force against protesters"
	subViolentDemo   = "Violent demonstration"
	subMob           = "Mob violence"
	subAgreement     = "Agreement"
	subArrests       = "Arrests"
	subChangeGroup   = "Change to group/activity"
	subLooting       = "Looting/property destruction"
	subTransfer      = "Non-violent transfer of territory"
	subHQ            = "Headquarters or base established"
	subOtherStrategy = "Other"
	subDisrupted     = "Disrupted weapons use"
)

// class groups triggers whose final type depends on the sentence around
// them (an "attack" on a village is violence against civilians, on a base
// a battle).
type class uint8

const (
	fixed     class = iota // type and sub-type as listed
	attack                 // Battles, unless the target is civilian or a weapon is named
	casualty               // a death or injury without an act: typed by its victims
	territory              // capture of a place: who took it decides the sub-type
	protest                // protest, unless violence or force is described
	none                   // a phrase that looks like a trigger but names a thing
	base                   // a verb of setting up, an event only when a base is its object
	labelled               // a note's sub-event label: its type is the coder's, taken as given
	mobAct                 // a killing by hand or stones: a mob's when a crowd or residents do it
	entering               // a force entering a place: a transfer only when told unopposed
)

type trigger struct {
	typ, sub string
	class    class
	// strong triggers name an act; weak ones (casualty words) only yield an
	// event when nothing stronger is in reach.
	strong bool
}

// triggers maps folded words to what they signal, and pairs two-word
// phrases (first word, then second); a hyphenated form is a pair, since the
// tokenizer splits at hyphens. Forms are listed rather than stemmed: the
// list is short and stemming "shelled"/"shells" wrongly merges nouns that
// are not acts.
var (
	triggers = map[string]trigger{}
	pairs    = map[string]map[string]trigger{}
)

func add(t trigger, forms ...string) {
	for _, f := range forms {
		ws := strings.Fields(strings.ReplaceAll(f, "-", " "))
		switch len(ws) {
		case 1:
			triggers[ws[0]] = t
		case 2:
			if pairs[ws[0]] == nil {
				pairs[ws[0]] = map[string]trigger{}
			}
			pairs[ws[0]][ws[1]] = t
		default:
			panic("events: trigger form of more than two words: " + f)
		}
	}
}

func init() {
	battle := trigger{sitrep.Battles, subArmedClash, fixed, true}
	add(battle, "clash", "clashes", "clashed", "clashing", "fighting", "fought", "battle", "battles", "battled",
		"battling", "ambush", "ambushed", "ambushes", "ambushing", "firefight", "firefights", "gunfight",
		"gunbattle", "skirmish", "skirmishes", "skirmished", "repelled", "repulsed", "counterattack",
		"counter-attack", "counteroffensive", "offensive", "incursion", "incursions", "besieged",
		"exchange fire", "exchanged fire", "ground operation", "ground operations", "ground offensive",
		"ground assault", "military operations", "military operation", "engagement", "engagements",
		// A ground advance: "fighters advanced toward the market", "forces
		// pressed deeper into the city".
		"advanced", "pressed deeper", "pushed deeper", "pushed into", "pushes into",
		"pushing into")
	// Losses dealt to the other side's units: "inflicted losses on
	// Ukrainian brigades near Dzerzhinsk", "inflicted defeat on the
	// manpower of the 32nd brigade".
	add(battle, "inflicted losses", "inflicted defeat", "inflicting losses", "inflicting defeat")
	// Ground combat told as a noun: "after a gun duel with bandits".
	add(battle, "gun duel", "gun duels", "gun battle", "gun battles", "gunbattles", "gunfights", "shootout",
		"shootouts", "shoot-out", "shoot-outs", "exchanging fire", "exchanges fire", "traded fire",
		"trading fire")
	add(trigger{sitrep.Battles, subArmedClash, attack, true}, "attack", "attacks", "attacked", "attacking",
		"assault", "assaults", "assaulted", "raid", "raids", "raided", "targeted", "targeting", "hit", "hits",
		"overnight attack", "shot", "opened fire", "stormed", "storming", "struck",
		"gunmen", "gunfire", "confronted", "confronting", "aggression",
		// Fire aimed at a target: "fired on an army truck", "firing at
		// the crowd"; "fired rockets" is the weapon's own trigger.
		"fired on", "fired at", "firing on", "firing at", "fires on", "fires at")
	add(trigger{sitrep.Battles, subNSAOvertakes, territory, true}, "captured", "seized", "overran", "overrun",
		"took control", "taken control", "seize", "capture", "recaptured", "retook", "regained", "occupied",
		"took over", "taken over",
		"retaken", "liberated", "liberation", "restored control", "retook control", "seized control",
		"wrested control", "gained control", "regained control")
	// "M23 fighters took Kavumu airport": a bare "took" captures only
	// with ground as its object (see territoryObject).
	add(trigger{sitrep.Battles, subNSAOvertakes, territory, true}, "took", "takes")
	add(trigger{sitrep.ExplosionsRemote, subAirDrone, fixed, true}, "airstrike", "airstrikes", "air strike",
		"air strikes", "air raid", "air raids", "air attack", "air attacks", "drone strike", "drone strikes",
		"drone attack", "drone attacks", "warplanes", "warplane", "jets", "bombed", "bombing", "bombings",
		"bombardment", "bombardments", "bombarded", "drones struck", "drone struck", "drones",
		"drone", "helicopter gunship", "barrel bombs", "strike", "strikes", "aircraft",
		// Bombs dropped from the air, not planted.
		"guided bomb", "guided bombs", "glide bomb", "glide bombs", "aerial bomb", "aerial bombs",
		"aerial bombardment", "barrel bomb")
	add(trigger{sitrep.ExplosionsRemote, subShelling, fixed, true}, "shelling", "shelled", "shell", "shells",
		"artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "barrage", "barrages",
		"projectiles", "projectile", "shellfire", "rocket fire", "katyusha", "grad", "himars", "ballistic")
	add(trigger{sitrep.ExplosionsRemote, subIED, fixed, true}, "ied", "ieds", "roadside bomb", "landmine",
		"landmines", "land mine", "explosive device", "explosive devices", "car bomb", "explosion", "explosions",
		"blast", "blasts", "exploded", "detonated", "bomb", "bombs", "booby-trapped")
	add(trigger{sitrep.ExplosionsRemote, subSuicide, fixed, true}, "suicide bomber", "suicide bombers",
		"suicide bombing", "suicide attack", "suicide car", "suicide vest")
	add(trigger{sitrep.ExplosionsRemote, subGrenade, fixed, true}, "grenade", "grenades")
	add(trigger{sitrep.ViolenceCivilians, subAttack, fixed, true}, "massacre", "massacres", "massacred",
		"executed", "execution", "executions", "killing spree", "beheaded",
		"shot dead", "gunned down", "stabbed", "tortured")
	add(trigger{sitrep.ViolenceCivilians, subAbduction, fixed, true}, "abducted", "abduction", "abductions",
		"kidnapped", "kidnapping", "kidnappings", "abducting", "kidnap", "kidnaps", "abduct", "abducts", "hostage", "hostages", "taken hostage",
		"forcibly disappeared")
	add(trigger{sitrep.ViolenceCivilians, subSexual, fixed, true}, "raped", "rape", "rapes", "sexual violence",
		"sexual assault", "gang-raped")
	add(trigger{sitrep.Protests, subPeaceful, protest, true}, "protest", "protests", "protested", "protesters",
		"protestors", "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "rallied",
		"demonstrated", "demonstrating", "protesting",
		"marched", "march", "marchers", "sit-in", "vigil")
	add(trigger{sitrep.ViolenceCivilians, subAttack, mobAct, true}, "lynched", "lynching", "lynchings", "stoned",
		"beat", "beaten")
	add(trigger{sitrep.StrategicDevelopmt, subTransfer, entering, true}, "entered", "enter", "enters", "entering")
	add(trigger{sitrep.Riots, subViolentDemo, fixed, true}, "riot", "riots", "rioters", "rioting", "rioted")
	add(trigger{sitrep.Riots, subMob, fixed, true}, "mob", "mobs", "vigilantes")
	add(trigger{sitrep.StrategicDevelopmt, subTransfer, fixed, true}, "withdrew", "withdrawn", "withdrawal",
		"withdrawing", "pulled out", "pulled back", "retreated", "retreat", "handed over", "evacuated positions")
	add(trigger{sitrep.StrategicDevelopmt, subAgreement, fixed, true}, "ceasefire", "cease-fire", "truce",
		"peace deal", "peace agreement", "agreement", "accord", "prisoner exchange", "prisoner swap")
	add(trigger{sitrep.StrategicDevelopmt, subArrests, fixed, true}, "arrested", "arrests", "arrest",
		"rounded up", "detained", "apprehended")
	add(trigger{sitrep.StrategicDevelopmt, subLooting, fixed, true}, "looted", "looting", "torched",
		"set fire", "set ablaze", "burned down", "razed", "demolished", "pillaged", "plundered")
	add(trigger{sitrep.StrategicDevelopmt, subChangeGroup, fixed, true}, "surrendered", "defected", "defection",
		"merged", "disbanded")
	add(trigger{sitrep.StrategicDevelopmt, subHQ, fixed, true}, "new base", "new headquarters")
	add(trigger{sitrep.StrategicDevelopmt, subHQ, base, true}, "established", "establishes", "establishing",
		"set up", "sets up", "setting up")
	add(trigger{sitrep.StrategicDevelopmt, subOtherStrategy, fixed, true}, "launched war", "declared war",
		"mobilisation", "mobilization", "curfew", "martial law",
		// A shutdown an armed group orders ("ordered an armed strike"): no
		// blast, a move of the group's own.
		"armed strike")
	// Weapons named as things found, seized or stored are not attacks.
	add(trigger{class: none}, "rocket launchers", "rocket launcher", "missile launchers", "weapons depot",
		"arms depot", "drone factory", "missile defence", "missile defense", "air defence", "air defense",
		"air defences", "air defenses", "drone operators", "mortar shells", "mortar rounds",
		// Crowd-control rounds: "fired tear gas shells".
		"gas shells", "gas canisters", "gas canister", "gas grenades", "stun grenades", "rubber bullets", "hunger strike",
		"general strike", "strike action", "on strike", "workers strike", "strike deal", "lucky strike",
		"shell company", "shell companies", "hostage deal", "flash mob", "aircraft carrier", "aircraft carriers", "hostage release", "hostage talks", "hostage families",
		// A unit or kit named for its role: "Ukrainian assault groups".
		"assault group", "assault groups", "assault unit", "assault units", "assault brigade", "assault brigades",
		"assault troops", "assault detachment", "assault detachments", "assault team", "assault teams",
		"assault squad", "assault squads", "assault rifle", "assault rifles", "assault boats", "assault helicopters")
	add(trigger{"", "", casualty, false}, "kill", "kills", "killed", "killing", "killings", "dead", "died", "deaths", "death toll",
		"wounded", "injured", "injuring", "wounding", "casualties", "bodies", "slain",
		// Each side's word for killing the other's fighters.
		"eliminated", "neutralised", "neutralized")
	for w, second := range pairs {
		lexicon[w] = &entry{pairs: second}
	}
	for w, t := range triggers {
		if lexicon[w] == nil {
			lexicon[w] = &entry{}
		}
		lexicon[w].one, lexicon[w].single = t, true
	}
	lexiconTable = text.NewWordTable(lexicon)
}

// lexicon joins triggers and pairs under their first word, so the
// per-token loop looks a word up once; lexiconTable is it for that loop,
// read with the token's hash behind a bit filter that turns most words away.
var (
	lexicon      = map[string]*entry{}
	lexiconTable *text.WordTable[*entry]
)

// entry is what a word may start: a trigger of its own (single), and the
// pairs it heads.
type entry struct {
	one    trigger
	single bool
	pairs  map[string]trigger
}

// wordSet is a fixed set of folded words. The rules ask about token after
// token; with the token's precomputed hash a bit filter turns most words
// away with no hashing and no map probe.
type wordSet struct{ t *text.WordTable[bool] }

func newWordSet(m map[string]bool) wordSet { return wordSet{text.NewWordTable(m)} }

// has reports whether token t's word is in the set.
func (ws wordSet) has(t *text.Token) bool {
	v, _ := ws.t.GetHash(t.Hash, t.Norm)
	return v
}

// hasWord reports whether the folded word w is in the set.
func (ws wordSet) hasWord(w string) bool {
	v, _ := ws.t.Get(w)
	return v
}

// civilianWords mark a target or victim as civilian.
var civilianWords = newWordSet(map[string]bool{
	"civilian": true, "civilians": true, "residents": true, "villagers": true, "worshippers": true,
	"market": true, "hospital": true, "school": true, "mosque": true, "church": true, "refugee": true,
	"homes": true, "home": true, "house": true, "houses": true, "children": true, "women": true,
	"farmers": true, "displaced": true, "shelter": true, "bakery": true, "family": true, "families": true,
	"people": true, "passengers": true, "pilgrims": true, "students": true, "patients": true,
	"journalists": true, "aid": true, "refugees": true, "village": true, "villages": true,
	"herders": true, "traders": true, "miners": true, "teachers": true, "neighbourhood": true,
	"neighborhood": true, "residential": true, "bar": true, "bars": true, "restaurant": true, "wedding": true,
	"funeral": true, "fishermen": true, "shepherds": true, "worshipers": true, "leader": true, "chief": true,
	"doctor": true, "doctors": true, "nurses": true, "teacher": true, "activist": true, "activists": true,
	"journalist": true, "priest": true, "imam": true, "pastor": true, "bus": true, "minibus": true,
	"child": true, "boy": true, "girl": true, "boys": true, "girls": true, "woman": true, "baby": true,
	"infant": true, "elderly": true, "civil": true, "mining": true,
	"tents": true, "schools": true, "hospitals": true, "clinic": true,
	"locality": true, "localities": true, "community": true, "communities": true, "hamlet": true,
	"hamlets": true,
	// A camp of the displaced: "attacked a displacement site", "an IDP camp".
	"displacement": true, "idp": true, "idps": true,
})

// militaryWords mark a target or victim as combatant.
var militaryWords = newWordSet(map[string]bool{
	"soldiers": true, "soldier": true, "troops": true, "fighters": true, "militants": true, "positions": true,
	"position": true, "base": true, "bases": true, "checkpoint": true, "convoy": true, "servicemen": true,
	"insurgents": true, "rebels": true, "militiamen": true, "jihadists": true, "army": true,
	"forces": true, "patrol": true, "barracks": true, "outpost": true, "military": true, "police": true,
	"policemen": true, "officers": true, "combatants": true, "paramilitaries": true, "tanks": true,
	// Armed people as victims make a fight, whoever they are.
	"gunmen": true, "bandits": true, "assailants": true, "attackers": true, "terrorists": true,
	"gang": true, "gangs": true, "gangsters": true, "militia": true, "militias": true,
	// A force's own premises, whatever they hold: "the gendarmerie school".
	"gendarmerie": true, "gendarmes": true, "gendarme": true,
})

// irrealis words before a trigger mean the act did not (yet) happen.
var irrealis = newWordSet(map[string]bool{
	"will": true, "would": true, "could": true, "might": true, "may": true, "threatened": true,
	"threatens": true, "threaten": true, "plans": true, "planned": true, "planning": true, "vowed": true,
	"vows": true, "warned": true, "warns": true, "prevent": true, "avoid": true, "fears": true,
	"feared": true, "risk": true, "intends": true, "ready": true, "calls": true, "called": true,
	"urged": true, "demanded": true, "possible": true, "potential": true, "prepare": true,
	"preparing": true, "no": true, "not": true, "never": true, "without": true,
	// An act called off or paused: "suspending military operations".
	"suspend": true, "suspends": true, "suspended": true, "suspending": true, "halt": true, "halted": true,
	"halting": true, "stop": true, "stopping": true, "cease": true, "ceasing": true,
})

// crowdWords mark an act by a crowd: storming, burning or fighting by
// protesters or supporters is a riot, not a battle.
var crowdWords = newWordSet(map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "supporters": true, "crowd": true,
	"crowds": true, "mob": true, "rioters": true, "youths": true, "students": true,
})

// forceKind reports an entity kind that can act in an event.
func forceKind(k string) bool {
	switch k {
	case sitrep.KindStateForce, sitrep.KindArmedGroup, sitrep.KindGovernment, sitrep.KindPolitical, sitrep.KindCivilians:
		return true
	}
	return false
}

// placeWords are nouns for ground that can change hands: a territory
// trigger ("seized the town") needs one, or a named place, as its object.
var placeWords = newWordSet(map[string]bool{
	"town": true, "towns": true, "village": true, "villages": true, "city": true, "cities": true,
	"base": true, "bases": true, "camp": true, "camps": true, "hill": true, "hills": true, "airport": true,
	"airbase": true, "positions": true, "position": true, "headquarters": true, "township": true,
	"townships": true, "district": true, "districts": true, "area": true, "areas": true, "settlement": true,
	"settlements": true, "post": true, "posts": true, "outpost": true, "garrison": true, "bridge": true,
	"crossing": true, "border": true, "control": true, "territory": true, "capital": true, "centre": true,
	"center": true, "port": true, "dam": true, "road": true, "highway": true, "junction": true,
	"locality": true, "localities": true, "neighbourhood": true, "neighborhood": true, "county": true,
	"province": true, "region": true, "stronghold": true, "strongholds": true, "barracks": true,
	// A unit overrun is its base taken: "overran Light Infantry Battalion 275".
	"battalion": true, "battalions": true, "regiment": true, "brigade": true, "division": true,
	"command": true,
})

// wholeWord reports the words that, between a verb and "control" say how much was taken: "took
// full control".
func wholeWord(n string) bool {
	switch n {
	case "full", "complete", "total", "effective":
		return true
	}
	return false
}

// peopleWords make a capture an arrest: "captured four members of".
var peopleWords = newWordSet(map[string]bool{
	"members": true, "member": true, "suspects": true, "suspect": true, "commander": true, "leader": true,
	"people": true, "men": true, "fighters": true, "militants": true, "soldiers": true, "troops": true,
	"prisoners": true, "insurgents": true, "rebels": true, "officers": true, "individuals": true,
	"persons": true, "civilians": true, "combatants": true, "servicemen": true,
})

// interceptWords before a weapon mean the weapon was stopped, not that a
// strike hit: "air defences shot down 113 drones".
var interceptWords = newWordSet(map[string]bool{
	"intercepted": true, "intercepting": true, "downed": true, "down": true, "destroyed": true,
	"neutralised": true, "neutralized": true, "defused": true, "dismantled": true, "seized": true,
	"recovered": true, "confiscated": true,
})

// takingWords before "hostages" make it an abduction; otherwise the word
// names people already held.
var takingWords = newWordSet(map[string]bool{
	"took": true, "taken": true, "take": true, "taking": true, "seized": true, "grabbed": true,
	"abducted": true, "kidnapped": true,
	// "held 13 staff members hostage": people seized where they were.
	"held": true,
})

// repelWords before an attack make it a fight: "repelled an attack".
var repelWords = newWordSet(map[string]bool{
	"repelled": true, "repulsed": true, "foiled": true, "thwarted": true, "repel": true, "repelling": true,
	"fended": true, "counter": true, "defended": true,
})

// longSpan reports the words that before "of" make a trigger a period of activity, not one act:
// "weeks of attacks".
func longSpan(n string) bool {
	switch n {
	case "weeks", "months", "years", "decades":
		return true
	}
	return false
}

// intakeWords around a casualty word make it a hospital's or rescuers'
// report on an act already told: "received 45 wounded", "pulling bodies
// from the rubble", "26 wounded had been referred".
var intakeWords = newWordSet(map[string]bool{
	"received": true, "receiving": true, "receives": true, "treated": true, "treating": true,
	"admitted": true, "referred": true, "pulling": true, "pulled": true, "recovered": true,
	"recovering": true, "retrieved": true, "retrieving": true, "evacuated": true,
})

// updateWords with "toll" make a sentence an update of a count ("the death
// toll rose to 55 on Wednesday"): its time is the update's, not the act's.
var updateWords = newWordSet(map[string]bool{
	"rose": true, "risen": true, "rises": true, "climbed": true, "climbs": true, "reached": true,
	"jumped": true, "increased": true,
})

// topicWords before a trigger make the act what a statement or protest is
// about, not an act told: "demonstrated against the US-UK strikes".
var topicWords = newWordSet(map[string]bool{
	"against": true, "denounce": true, "denounced": true, "denouncing": true, "condemn": true,
	"condemned": true, "condemning": true, "protesting": true, "protested": true,
})

// stateWord reports the words that before a trigger make it a state of a place or the cause of a
// flight: "the area has seen heavy fighting", "people who fled fighting".
func stateWord(n string) bool {
	switch n {
	case "seen", "witnessed", "fled", "fleeing", "flee", "flees",
		"escaped", "escaping", "escape":
		return true
	}
	return false
}

// referenceWords before "for"/"to" make the act that follows a cause or a
// charge: "in retaliation for", "responsibility for", "blamed for".
var referenceWords = newWordSet(map[string]bool{
	"retaliation": true, "revenge": true, "reprisal": true, "reprisals": true, "response": true,
	"responsibility": true, "responsible": true, "blamed": true, "blame": true, "blames": true,
	"blaming": true, "avenge": true, "credit": true, "condolences": true,
	// "opened an investigation into the killings".
	"investigation": true, "investigations": true, "inquiry": true, "probe": true,
})

// rescueWords before a participle of taking make its people freed:
// "rescued 136 kidnapped hostages".
var rescueWords = newWordSet(map[string]bool{
	"rescued": true, "freed": true, "released": true, "rescue": true, "free": true, "release": true,
	"reunited": true, "escaped": true,
})

// civilianPlaces are the civilian words that name a place, which after
// "near" or "around" tells where an act was rather than whom it hit.
var civilianPlaces = newWordSet(map[string]bool{
	"village": true, "villages": true, "neighbourhood": true, "neighborhood": true, "market": true,
	"hospital": true, "school": true, "mosque": true, "church": true, "homes": true, "houses": true,
	"residential": true, "schools": true, "hospitals": true, "clinic": true,
})

// tallyVerbs after "has", "have" or "had" make a sentence with a figure in the
// thousands a running total of a war.
var tallyVerbs = newWordSet(map[string]bool{
	"killed": true, "displaced": true, "wounded": true, "injured": true, "claimed": true,
})

// heldLand reports the words that before a participle and "by" name ground held: "territory
// seized by the RSF".
func heldLand(n string) bool {
	switch n {
	case "territory", "territories", "areas", "land", "lands":
		return true
	}
	return false
}

// injuryWords after a casualty word make it a later death from an act
// already told: "died of their injuries".
var injuryWords = newWordSet(map[string]bool{
	"injuries": true, "wounds": true,
})

// casualtyVerbs before "gunmen" make them victims: "killed 30 gunmen".
var casualtyVerbs = newWordSet(map[string]bool{
	"killed": true, "kill": true, "kills": true, "killing": true, "neutralised": true, "neutralized": true,
	"captured": true, "arrested": true, "wounded": true, "injured": true,
})

// fillerWord reports the words that do not count towards how far an irrealis word reaches: "called
// for an immediate ceasefire".
func fillerWord(n string) bool {
	switch n {
	case "a", "an", "the", "for", "of", "any", "more", "further",
		"new", "immediate", "full", "\"", "'", "-":
		return true
	}
	return false
}

// launchWords just before "raids" make them launched from afar.
var launchWords = newWordSet(map[string]bool{
	"launched": true, "launches": true, "launching": true, "launch": true, "carried": true, "conducted": true,
	"waged": true,
})

// groundWords before "raids" make them raids on the ground.
var groundWords = newWordSet(map[string]bool{
	"troops": true, "soldiers": true, "police": true, "policemen": true, "forces": true, "commandos": true,
	"officers": true, "agents": true, "gunmen": true, "fighters": true, "militants": true, "bandits": true,
	"ground": true, "house": true, "night": true, "arrest": true,
})

// storedGoods before "tanks" make them stores, not armour: "oil tanks".
var storedGoods = newWordSet(map[string]bool{
	"oil": true, "fuel": true, "water": true, "storage": true, "gas": true, "petrol": true, "diesel": true,
})

// dispersalWords near a protest mean force broke it up or held it (not
// "detained", which a protest's demands often name).
var dispersalWords = newWordSet(map[string]bool{
	"tear": true, "teargas": true, "dispersed": true, "disperse": true, "dispersing": true, "beat": true,
	"beaten": true, "arrested": true, "batons": true, "cannon": true, "cannons": true, "fired": true,
	"rubber": true, "charged": true, "cracked": true,
})

// captiveWords as the object of a march verb make it people led off.
var captiveWords = newWordSet(map[string]bool{
	"captives": true, "captive": true, "hostages": true, "prisoners": true, "detainees": true,
	"them": true, "abductees": true, "victims": true,
})

// fireWords are the firing verbs whose object can be a crowd.
var fireWords = newWordSet(map[string]bool{
	"fired": true, "fire": true, "shot": true, "opened": true,
})

// securityWords name the forces that police a gathering. Troops firing on
// a crowd are not counted: a crowd at an aid point or a market is a target
// of an attack, not a gathering broken up.
var securityWords = newWordSet(map[string]bool{
	"police": true, "policemen": true, "gendarmes": true, "gendarmerie": true,
})

// lethalWords with an intervention make it excessive force.
var lethalWords = newWordSet(map[string]bool{
	"killed": true, "live": true, "shot": true, "bullets": true, "dead": true, "died": true,
})

// defuseWords before an explosive make it disarmed: "defused 2 IEDs".
var defuseWords = newWordSet(map[string]bool{
	"defused": true, "defuse": true, "defusing": true, "dismantled": true, "disarmed": true, "deactivated": true,
})

// baseWords as the object of "established" or "set up" make a new base.
var baseWords = newWordSet(map[string]bool{
	"base": true, "bases": true, "headquarters": true, "camp": true, "camps": true, "outpost": true,
	"outposts": true, "garrison": true,
})

// predatorWords are armed raiders who prey on people: with no armed side
// named, their attack is on civilians.
var predatorWords = newWordSet(map[string]bool{
	"bandits": true, "kidnappers": true, "gang": true, "gangs": true, "gangsters": true, "herdsmen": true,
})

// strikeTallyVerbs after "has", "have" or "had" with "since <day>" and a
// figure in the thousands make a sentence a running total of strikes.
var strikeTallyVerbs = newWordSet(map[string]bool{
	"struck": true, "hit": true, "launched": true, "fired": true, "carried": true, "conducted": true,
})

// reportWord reports the words that before plural acts make them a report's findings on conduct:
// "documented extrajudicial killings".
func reportWord(n string) bool {
	switch n {
	case "documented", "documenting", "documents", "chronicled", "catalogued":
		return true
	}
	return false
}

// tallyActs are plural acts that, bare after "by" or "in" in a sentence
// counting thousands, tally many: "injured by attacks", "killed in clashes".
var tallyActs = newWordSet(map[string]bool{
	"attacks": true, "strikes": true, "airstrikes": true, "raids": true, "clashes": true, "bombardments": true,
})

// claimedActs after "claimed the" make a claim of responsibility: "claimed
// the attack".
var claimedActs = newWordSet(map[string]bool{
	"attack": true, "attacks": true, "bombing": true, "bombings": true, "killing": true, "killings": true,
	"ambush": true, "assault": true, "raid": true, "operation": true, "abduction": true, "kidnapping": true,
})
