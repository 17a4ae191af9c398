package counts

import "sitrep"

// statusWords maps folded words to the status they give a nearby count of
// people. "casualties" stays unsplit; "killed" next to "wounded" makes
// casualties too (see status.go).
func statusWords() map[string]string {
	m := map[string]string{}
	add := func(st string, ws ...string) {
		for _, w := range ws {
			m[w] = st
		}
	}
	add(sitrep.StatusKilled, "killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "dying",
		"deaths", "death", "toll", "lives", "massacre", "massacred", "slain", "executed", "executing",
		"martyrs", "martyred", "bodies", "fatalities", "fatality", "perished", "murdered", "murdering",
		"eliminated", "eliminating", "neutralised", "neutralized", "neutralising", "neutralizing", "shot",
		"beheaded", "lost", "drowned", "slaughtered", "massacres", "homicides", "killings", "kills", "executes", "neutralise", "neutralize", "eliminate", "execute",
		"massacring", "succumbed", "succumbing",
		// "leading to the martyrdom of two citizens", "embraced martyrdom".
		"martyrdom")
	add(sitrep.StatusInjured, "injured", "injuring", "injures", "wounded", "wounding", "wounds", "hurt",
		"injuries", "injury", "maimed", "critical", "hospitalised", "hospitalized", "treated", "burns", "wound",
		"injure")
	add(sitrep.StatusCasualties, "casualties", "casualty", "losses")
	add(sitrep.StatusDisplaced, "displaced", "displacing", "fled", "fleeing", "flee", "flees", "evacuated",
		"evacuating", "uprooted", "refugees", "displace", "evacuate", "driven", "arrivals", "refuge", "displacement", "homeless", "relocated", "crossed",
		"sheltering", "evacuees", "returnees", "forced", "idps", "idp", "shelter", "shelterless", "arrived",
		"arriving", "resettled", "relocating", "sheltered", "moved", "poured", "streamed", "flocked")
	add(sitrep.StatusCaptured, "captured", "capturing", "capture", "surrendered", "surrender", "detained",
		"detaining", "detention", "abducted", "abducting", "kidnapped", "kidnapping", "arrested", "arresting",
		"arrests", "hostages", "hostage", "prisoners", "prisoner", "seized", "taken", "captives", "captive", "rounded", "imprisoned", "jailed", "defected", "surrendering",
		"arrest", "detain", "abduct", "kidnap", "abductions", "kidnappings", "abductees")
	add(sitrep.StatusMissing, "missing", "unaccounted", "disappeared")
	return m
}

// people are head nouns that make a number a count of people. Plural
// demonyms ("Palestinians", "Russians") are recognised by shape in who.go.
var people = set("people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops",
	"fighters", "fighter", "militants", "militant", "children", "child", "women", "woman", "men", "man",
	"servicemen", "serviceman", "servicemembers", "policemen", "policeman", "police", "officers", "officer",
	"members", "member", "passengers", "workers", "worker", "patients", "patient", "residents", "resident",
	"villagers", "refugees", "migrants", "hostages", "hostage", "prisoners", "prisoner", "students",
	"journalists", "journalist", "medics", "doctors", "nurses", "staff", "personnel", "rebels", "rebel",
	"gunmen", "gunman", "assailants", "attackers", "terrorists", "terrorist", "jihadists", "insurgents",
	"families", "family", "bodies", "victims", "victim", "casualties", "dead", "wounded", "injured",
	"others", "individuals", "inhabitants", "citizens", "nationals", "mercenaries", "recruits", "guards",
	"boys", "girls", "babies", "infants", "minors", "adults", "elderly", "teenagers", "youths", "pilgrims",
	"worshippers", "protesters", "demonstrators", "detainees", "captives", "crew", "sailors", "seafarers",
	"volunteers", "paramedics", "rescuers", "peacekeepers", "gendarmes", "commanders", "leaders",
	"operatives", "combatants", "suspects", "farmers", "herders", "miners", "displaced", "martyrs",
	"fishermen", "shoppers", "employees", "staffers", "troopers", "marines", "guardsmen", "conscripts",
	"evacuees", "households", "relatives", "brothers", "sons", "daughters", "teachers", "pupils",
	"humanitarians", "asylum", "dozen", "lives", "fatalities", "deaths", "injuries", "survivors",
	"servicepeople", "cadets", "militiamen", "paramilitaries", "jihadis", "islamists", "insurgent",
	"defenders", "occupiers", "invaders", "infiltrators", "smugglers", "bandits", "kidnappers",
	"abductees", "returnees", "inmates", "arrivals", "extremists", "separatists", "loyalists", "raiders",
	"pirates", "looters", "settlers", "signatories", "homicides", "mujahideen", "fedayeen", "newborns", "toddlers", "fatality",
	"idps", "idp", "mercenary", "jihadi", "militiaman", "policewoman", "servicewoman", "lives,", "convicts", "diplomats", "officials", "journalists'", "monks",
	"sisters", "grandchildren", "wives", "husbands", "nephews", "nieces", "cousins", "parents", "siblings",
	"grandsons", "granddaughters", "volunteer", "guardsman", "gendarme", "commuters", "commuter", "travellers",
	"travelers", "motorists", "pedestrians", "bystanders", "customers", "vendors", "traders", "labourers",
	"laborers", "herdsmen", "shepherds", "hunters", "worshipers", "parishioners", "clerics", "imams",
	"priests", "nuns", "tourists", "contractors", "engineers", "drivers", "truckers", "guerrillas", "guerrilla",
	"guerillas", "peacekeeper", "colleagues", "comrades", "activists", "bodyguards", "cadres", "partisans",
	"supporters", "followers", "marchers", "mourners", "rioters", "collaborators", "informants", "informers",
	"sympathisers", "sympathizers", "spies", "deserters", "defectors",
	// Names the parties give each other's men: "neutralised more than 50
	// armed criminals".
	"criminals", "gangsters", "thugs", "robbers", "outlaws", "rustlers", "poachers", "assassins", "snipers",
	"witnesses", "interviewees", "respondents")

// things are nouns that make a number a count of something other than
// people, even when a status word is near ("hit 30 vehicles").
var things = set("vehicles", "vehicle", "tanks", "tank", "drones", "drone", "missiles", "missile",
	"rockets", "rocket", "shells", "shell", "bombs", "bomb", "projectiles", "aircraft", "planes", "jets",
	"helicopters", "boats", "ships", "houses", "homes", "buildings", "trucks", "convoys", "villages",
	"towns", "targets", "positions", "sites", "posts", "attacks", "strikes", "raids", "rounds", "weapons",
	"guns", "rifles", "mines", "days", "hours", "weeks", "months", "years", "minutes", "km", "kilometres",
	"kilometers", "miles", "metres", "meters", "tonnes", "tons", "dollars", "percent", "per", "assaults",
	"operations", "incidents", "explosions", "cars", "launchers", "depots", "schools", "hospitals",
	"facilities", "kilograms", "kg", "litres", "barrels", "points", "outposts", "bases", "camps",
	"settlements", "districts", "provinces", "areas", "hectares", "acres", "feet", "times", "cases",
	"violations", "sorties", "munitions", "tunnels", "checkpoints", "apartments", "shops", "mosques",
	"churches", "bridges", "roads", "plants", "stations", "sq", "square", "crossings", "trucks,",
	"pieces", "units", "battalions", "brigades", "divisions", "armoured", "armored", "items", "cattle",
	"livestock", "missions", "flights", "animals", "goats", "camels", "sheep", "heads", "meals", "calories", "doses")

// speechVerbs after a count of people make it a speaker, not a figure
// ("two residents said").
var speechVerbs = set("said", "says", "say", "told", "tell", "reported", "added", "recalled", "described")

// intrinsic head nouns carry their status whatever the predicate says.
var intrinsic = set("martyrs", "dead", "bodies", "fatalities", "casualties", "wounded", "injured", "hostages",
	"captives", "abductees", "refugees", "evacuees", "idps", "idp")

// objectVerbs give their object its status whatever follows it:
// "rescued 37 people from the rubble and recovered nine bodies", "were
// holding about 40 young men".
var objectVerbs = map[string]string{
	"rescued": sitrep.StatusOther, "rescuing": sitrep.StatusOther, "saved": sitrep.StatusOther,
	"freed": sitrep.StatusOther, "released": sitrep.StatusOther, "releasing": sitrep.StatusOther,
	"freeing": sitrep.StatusOther, "treating": sitrep.StatusOther, "treated": sitrep.StatusOther,
	"holding": sitrep.StatusCaptured, "held": sitrep.StatusCaptured, "holds": sitrep.StatusCaptured,
	"resettled": sitrep.StatusDisplaced, "relocated": sitrep.StatusDisplaced, "hosting": sitrep.StatusDisplaced,
	"sheltering": sitrep.StatusDisplaced, "evacuated": sitrep.StatusDisplaced, "evacuating": sitrep.StatusDisplaced,
	// A group mourns or buries its dead.
	"mourned": sitrep.StatusKilled, "mourns": sitrep.StatusKilled, "mourning": sitrep.StatusKilled,
	"buried": sitrep.StatusKilled, "burying": sitrep.StatusKilled, "buries": sitrep.StatusKilled,
}

// movers are displacement words that say only that people moved: a
// count of forces that "arrived" or "relocated" is a deployment.
var movers = set("arrived", "arriving", "arrivals", "relocated", "relocating", "resettled", "crossed", "moved", "poured", "streamed", "flocked",
	"sheltering", "sheltered", "evacuated")

// civilianHeads are people whose movement is displacement; anyone else
// who "arrived" ("four armed men", "5,000 troops") was deployed.
var civilianHeads = set("people", "persons", "civilians", "residents", "families", "households", "villagers",
	"children", "women", "refugees", "migrants", "idps", "idp", "individuals", "inhabitants", "displaced",
	"evacuees", "returnees", "citizens", "nationals", "patients", "students", "pupils", "elderly", "babies",
	"infants", "minors", "others", "survivors", "arrivals", "asylum")

// listNouns are heads that say only "people": in a list under a lead
// ("the following displacement:"), the lead gives their status.
var listNouns = set("people", "persons", "individuals", "households", "families", "idps", "children",
	"women", "men")

// nestWords introduce a part of a count just given ("including 11
// children", "among them three women").
var nestWords = set("including", "included", "includes", "include", "among", "of")

// partOf are the words after "N of" that make N a part of people already
// counted ("seven of them", "eight of the dead").
var partOf = set("them", "whom", "those", "the", "these", "which", "its", "their", "our", "his", "her")

// set lists a word set for the lexicon (class.go), which every lookup
// reads.
func set(ws ...string) []string { return ws }

// adverbialAfter open the place or time phrase that is all an elliptical
// figure keeps of its clause ("and 652 across the West Bank").
var adverbialAfter = set("across", "in", "on", "at", "since", "during", "over", "from", "throughout", "elsewhere")
