package gazetteer

// The geocoder's vocabulary: words that frame a place mention in English
// news copy. None of them is a place name; place names live in the data.

import "sitrep/internal/text"

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// cueWords before a name say that it is a place ("in X", "near X").
var cueWords = set("in", "near", "at", "from", "to", "outside", "into", "toward", "towards",
	"around", "across", "between", "via", "through", "inside", "entered", "reached",
	"besieged", "captured", "shelled", "struck", "bombed", "attacked", "seized", "stormed",
	"recaptured", "retook", "took", "liberated", "surrounded", "encircled", "targeted",
	"hit", "raided", "fled", "evacuated", "returned", "arrived", "within", "along", "beyond",
	"throughout", "on", "over", "and", "including", "outskirts")

// locativeWords put what follows inside the place: "in Sudan" names a
// place, "Russia said" or "talks with Russia" an actor.
var locativeWords = set("in", "inside", "across", "throughout", "into", "within", "at", "near",
	"outside", "entered", "invaded", "around", "all")

// placeNouns before "of" make a cue: "the village of X", "north of X".
var placeNouns = set("village", "villages", "town", "towns", "city", "cities", "district",
	"districts", "region", "province", "governorate", "state", "camp", "outskirts", "suburbs",
	"suburb", "area", "areas", "neighbourhood", "neighborhood", "municipality", "settlement",
	"capital", "port", "centre", "center", "heart", "edge", "north", "south", "east", "west",
	"northeast", "northwest", "southeast", "southwest", "outskirt", "county", "locality",
	"hamlet", "commune", "oblast", "department", "prefecture", "island", "islands", "valley",
	"vicinity", "environs", "streets", "countryside", "residents", "people", "parts")

// genericWords after a name make it a region ("Kidal region").
var genericWords = set("region", "province", "governorate", "oblast", "state", "district",
	"county", "prefecture", "department", "division", "territory", "municipality", "zone", "krai",
	"township", "lga", "subdistrict", "commune", "raion", "rayon", "hromada", "woreda", "tehsil")

// facilityWords after a name make a landmark of the place ("Goma
// airport", "Tishreen Dam").
var facilityWords = set("airport", "airbase", "base", "hospital", "dam", "square", "bridge",
	"market", "prison", "stadium", "crossing", "checkpoint", "port", "refinery", "barracks",
	"harbour", "harbor", "junction", "roundabout", "highway", "road", "neighbourhood",
	"neighborhood", "quarter", "island", "beach", "school", "mosque", "church", "clinic",
	"airfield", "airstrip", "centre", "center", "station", "compound")

// facilityFirst words make a two-word landmark with a facility word after
// them ("air base", "transit centre", "border crossing").
var facilityFirst = set("air", "military", "naval", "border", "transit", "reception", "power",
	"police", "train", "railway", "bus", "health", "fuel", "oil", "gas", "water", "army")

// campWords after a name make it a camp ("Zamzam camp").
var campWords = set("camp", "camps")

// connectors may stay lower case inside a multiword name.
var connectors = set("al", "de", "du", "des", "la", "le", "les", "of", "the", "el", "da", "do",
	"dos", "das", "di", "del", "y", "bin", "ibn", "and", "an", "sur", "am", "im", "upon", "on",
	"en", "e", "i", "a", "d'", "van", "von", "der", "den", "ul", "ud", "ur", "us", "au", "aux",
	"lez", "ar", "as", "at", "ash", "ad", "az")

// functionWords are capitalised only at a sentence start; a name after one
// is not part of a longer proper noun.
var functionWords = set("in", "at", "from", "the", "near", "on", "to", "of", "and", "but",
	"while", "as", "after", "before", "during", "since", "for", "with", "by", "across",
	"outside", "inside", "around", "between", "into", "toward", "towards", "when", "where",
	"a", "an", "this", "that", "both", "all", "some", "many", "residents", "meanwhile",
	"elsewhere", "also", "later", "earlier", "then", "if", "although", "though", "under",
	"over", "through", "throughout", "against", "like", "unlike", "beyond", "within",
	"along", "amid", "despite", "via", "not", "only", "even", "including", "besides",
	"north", "south", "east", "west", "central", "in", "yesterday", "today")

// personCues before a name say it is a person ("spokesman Kanan").
var personCues = set("spokesman", "spokeswoman", "spokesperson", "minister", "commander",
	"president", "general", "gen", "colonel", "col", "leader", "chief", "mr", "mrs", "ms",
	"dr", "named", "journalist", "correspondent", "reporter", "analyst", "lt", "maj", "capt",
	"sgt", "sheikh", "prime", "governor", "mayor", "envoy", "ambassador", "secretary",
	"director", "professor", "prof", "king", "prince", "emir", "sultan", "imam", "pope",
	"judge", "senator", "rep", "sen", "lawmaker", "activist", "doctor", "nurse", "officer",
	"brig", "adm", "admiral", "lieutenant", "major", "captain", "sergeant", "cpl", "pvt",
	"son", "daughter", "father", "mother", "brother", "sister", "wife", "husband", "uncle",
	"aunt", "cousin", "nephew", "niece", "mrs", "sir", "lord", "lady", "saint", "st")

// vesselWords before a name make it a ship's ("the aircraft carrier
// Truman", "USS Carney", "the tanker Sounion"): ships carry place and
// people's names.
var vesselWords = set("carrier", "carriers", "destroyer", "frigate", "corvette", "warship",
	"cruiser", "submarine", "vessel", "ship", "tanker", "freighter", "bulker", "uss", "hms",
	"mv", "mt", "ins", "hmcs", "hmas", "fs")

// speechVerbs after a single-token name say it is a speaker, not a place.
var speechVerbs = set("said", "says", "told", "added", "stated", "explained", "wrote",
	"tweeted", "posted", "argued", "warned", "claimed", "noted", "insisted", "urged",
	"asked", "replied", "declared", "announced", "confirmed", "denied", "stressed")

// orgHeads after a name make it an organisation ("Kurdistan Workers'
// Party"), not a place.
var orgHeads = set("party", "front", "movement", "army", "forces", "force", "brigade",
	"brigades", "council", "tribune", "times", "post", "news", "authority", "liberation",
	"workers", "defense", "defence", "university", "ministry", "government", "police",
	"militia", "battalion", "regiment", "corps", "group", "union", "alliance", "coalition",
	"committee", "agency", "radio", "tv", "television", "daily", "herald", "journal",
	"gazette", "observer", "league", "federation", "association", "foundation", "institute",
	"center", "centre", "club", "fc", "airlines", "airways", "company", "bank", "hospital",
	"mission", "office", "administration", "command", "operations", "declaration",
	"accord", "accords", "agreement", "process", "talks", "summit", "conference", "protocol",
	"initiative", "formula", "platform", "network", "observatory", "monitor", "tigers",
	"revolutionary", "islamic", "national", "people's", "peoples", "democratic", "popular",
	"resistance", "guard", "guards", "patriotic", "salvation", "self", "defenders")

// jobNouns after a name make it the modifier of a person's title
// ("Sahel researcher", "Sector 1 commander"), not a place mention.
var jobNouns = set("researcher", "researchers", "analyst", "analysts", "director", "expert",
	"experts", "specialist", "coordinator", "correspondent", "correspondents", "editor",
	"commander", "commanders", "envoy", "adviser", "advisor", "representative")

// dayMonth words may follow a place name without joining it ("in Goma
// Monday").
var dayMonth = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec")

// direction words and their bearings in degrees.
var compass = map[string]float64{
	"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
	"southwest": 225, "west": 270, "northwest": 315,
	"northern": 0, "northeastern": 45, "eastern": 90, "southeastern": 135, "southern": 180,
	"southwestern": 225, "western": 270, "northwestern": 315,
	"n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315,
}

// isCompass reports a compass word spelt out ("north", "northern"); the
// one- and two-letter forms are too often something else.
func isCompass(w string) bool { return is(w, cCompass) }

// Word classes: the vocabulary lists above, as bits.
const (
	cCue uint32 = 1 << iota
	cLocative
	cPlaceNoun
	cGeneric
	cFacility
	cFacilityFirst
	cCamp
	cConnector
	cFunction
	cPersonCue
	cVessel
	cSpeech
	cOrgHead
	cDayMonth
	cAreaAdj
	cCompass // spelt out: see isCompass
	// cDemonym marks the demonyms of a Gazetteer's index; only the
	// Gazetteer's own table (Gazetteer.classOf) holds it.
	cDemonym
	cJob
)

// wordClass maps each vocabulary word to the lists it is on. The matcher
// asks of most tokens whether they are on one list or another; one lookup
// answers for all of them.
var wordClass = func() map[string]uint32 {
	m := map[string]uint32{}
	for _, l := range []struct {
		words map[string]bool
		c     uint32
	}{
		{cueWords, cCue}, {locativeWords, cLocative}, {placeNouns, cPlaceNoun},
		{genericWords, cGeneric}, {facilityWords, cFacility}, {facilityFirst, cFacilityFirst},
		{campWords, cCamp}, {connectors, cConnector}, {functionWords, cFunction},
		{personCues, cPersonCue}, {vesselWords, cVessel}, {speechVerbs, cSpeech},
		{orgHeads, cOrgHead}, {dayMonth, cDayMonth}, {areaAdjectives, cAreaAdj}, {jobNouns, cJob},
	} {
		for w := range l.words {
			m[w] |= l.c
		}
	}
	for w := range compass {
		if len(w) > 2 {
			m[w] |= cCompass
		}
	}
	return m
}()

// classTable is wordClass for lookups in the scan.
var classTable = text.NewWordTable(wordClass)

// classOf returns the lists word w is on.
func classOf(w string) uint32 {
	c, _ := classTable.Get(w)
	return c
}

// is reports whether w is on any of the lists in c.
func is(w string, c uint32) bool { return classOf(w)&c != 0 }

// areaAdjectives before a name make an area ("northern Gaza Strip").
var areaAdjectives = set("northern", "southern", "eastern", "western", "central",
	"northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west")

// units of distance, in km.
var units = map[string]float64{
	"km": 1, "kms": 1, "kilometres": 1, "kilometers": 1, "kilometre": 1, "kilometer": 1,
	"mi": 1.609, "mile": 1.609, "miles": 1.609, "nm": 1.852, "m": 0.001, "metres": 0.001, "meters": 0.001,
}

// smallNumbers spelled out ("five kilometres").
var smallNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a": 1,
}
