package numbers

import (
	"strings"

	"sitrep/internal/text"
)

// wordKind classifies the folded words the number reader cares about. One
// map lookup per word token decides whether a phrase can start there.
type wordKind uint8

const (
	wNone    wordKind = iota
	wSmall            // zero … nineteen
	wTens             // twenty … ninety
	wScale            // hundred, thousand, million, billion
	wVague            // dozens, hundreds, thousands, several …
	wArticle          // "a", "an": "a dozen", "a hundred"
	wQual             // first word of a qualifier
	wMonth            // month names and abbreviations
	wOrdinal          // first … thirty-first as words
	wHalf             // "half a million"
)

type wordInfo struct {
	kind wordKind
	val  int64
	// quals are the indices of the qualifier rules that start with the word.
	quals []uint8
	// abbr marks a month's abbreviation ("Dec"), which may take a full
	// stop inside a date.
	abbr bool
}

// lexicon is read-only after package initialisation.
var lexicon = func() map[string]wordInfo {
	m := map[string]wordInfo{}
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range small {
		m[w] = wordInfo{kind: wSmall, val: int64(i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		m[w] = wordInfo{kind: wTens, val: int64(20 + 10*i)}
	}
	m["fourty"] = wordInfo{kind: wTens, val: 40}
	for w, v := range map[string]int64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9} {
		m[w] = wordInfo{kind: wScale, val: v}
	}
	// ACLED's conservative readings of vague amounts. "several" has no
	// ACLED figure for people in general; 3 is the smallest reading that
	// is more than "a couple".
	for w, v := range map[string]int64{"dozens": 12, "dozen": 12, "scores": 20, "tens": 10, "hundreds": 100,
		"thousands": 1000, "millions": 1e6, "several": 3, "handful": 3, "few": 2, "couple": 2} {
		m[w] = wordInfo{kind: wVague, val: v}
	}
	m["half"] = wordInfo{kind: wHalf}
	m["a"] = wordInfo{kind: wArticle, val: 1}
	m["an"] = wordInfo{kind: wArticle, val: 1}
	for _, w := range []string{"at", "more", "over", "nearly", "almost", "up", "around", "about", "some",
		"fewer", "less", "as", "roughly", "approximately", "estimated", "between", "from", "no", "not",
		"upwards", "in", "well", "just", "close", "under", "below", "above", "approx", "exactly", "only",
		"barely", "maximum", "minimum", "total"} {
		if _, ok := m[w]; !ok {
			m[w] = wordInfo{kind: wQual, val: 0}
		}
	}
	months := [][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"}}
	for i, ws := range months {
		for k, w := range ws {
			m[w] = wordInfo{kind: wMonth, val: int64(i + 1), abbr: k > 0}
		}
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		m[w] = wordInfo{kind: wOrdinal, val: int64(i + 1)}
	}
	m["thirtieth"] = wordInfo{kind: wOrdinal, val: 30}
	for k, q := range qualifiers {
		w := m[q.words[0]]
		w.quals = append(w.quals, uint8(k))
		m[q.words[0]] = w
	}
	return m
}()

// Month returns the month number (1–12) of a folded month name or
// abbreviation ("november", "nov", "sept"), or 0.
func Month(norm string) int {
	if w, ok := lexicon[norm]; ok && w.kind == wMonth {
		return int(w.val)
	}
	return 0
}

// OrdinalWord returns the value of a folded ordinal word ("third" → 3), or 0.
// Compound ordinals ("twenty-first") are read by the caller as a tens word
// followed by an ordinal.
func OrdinalWord(norm string) int {
	if w, ok := lexicon[norm]; ok && w.kind == wOrdinal {
		return int(w.val)
	}
	return 0
}

type qualRule struct {
	words []string
	kind  qualKind
	name  string // the words joined, computed once
}

type qualKind uint8

const (
	qLower  qualKind = iota + 1 // open above: min N, max none
	qUpper                      // bounded above: min 0, max N
	qApprox                     // about N: min N, max N
	qExact
	qRange // "between A and B", "from A to B"
)

// qualifiers are tried longest first at a word whose kind is wQual.
var qualifiers = named([]qualRule{
	{[]string{"no", "fewer", "than"}, qLower, ""},
	{[]string{"no", "less", "than"}, qLower, ""},
	{[]string{"not", "less", "than"}, qLower, ""},
	{[]string{"not", "fewer", "than"}, qLower, ""},
	{[]string{"no", "more", "than"}, qUpper, ""},
	{[]string{"not", "more", "than"}, qUpper, ""},
	{[]string{"a", "minimum", "of"}, qLower, ""},
	{[]string{"a", "maximum", "of"}, qUpper, ""},
	{[]string{"a", "total", "of"}, qExact, ""},
	{[]string{"in", "excess", "of"}, qLower, ""},
	{[]string{"as", "many", "as"}, qUpper, ""},
	{[]string{"as", "few", "as"}, qApprox, ""},
	{[]string{"well", "over"}, qLower, ""},
	{[]string{"well", "above"}, qLower, ""},
	{[]string{"just", "over"}, qLower, ""},
	{[]string{"just", "under"}, qUpper, ""},
	{[]string{"close", "to"}, qApprox, ""},
	{[]string{"upwards", "of"}, qLower, ""},
	{[]string{"at", "least"}, qLower, ""},
	{[]string{"at", "most"}, qUpper, ""},
	{[]string{"more", "than"}, qLower, ""},
	{[]string{"fewer", "than"}, qUpper, ""},
	{[]string{"less", "than"}, qUpper, ""},
	{[]string{"up", "to"}, qUpper, ""},
	{[]string{"an", "estimated"}, qApprox, ""},
	{[]string{"estimated"}, qApprox, ""},
	{[]string{"over"}, qLower, ""},
	{[]string{"above"}, qLower, ""},
	{[]string{"under"}, qUpper, ""},
	{[]string{"below"}, qUpper, ""},
	{[]string{"nearly"}, qApprox, ""},
	{[]string{"almost"}, qApprox, ""},
	{[]string{"around"}, qApprox, ""},
	{[]string{"about"}, qApprox, ""},
	{[]string{"some"}, qApprox, ""},
	{[]string{"roughly"}, qApprox, ""},
	{[]string{"approximately"}, qApprox, ""},
	{[]string{"approx"}, qApprox, ""},
	{[]string{"exactly"}, qExact, ""},
	{[]string{"only"}, qExact, ""},
	{[]string{"barely"}, qApprox, ""},
	{[]string{"between"}, qRange, ""},
	{[]string{"from"}, qRange, ""},
})

func named(rules []qualRule) []qualRule {
	for i := range rules {
		rules[i].name = strings.Join(rules[i].words, " ")
	}
	return rules
}

// units are measures and durations: a number followed by one counts a
// thing, not people.
var units = map[string]string{
	"km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
	"mile": "mile", "miles": "mile", "mi": "mile", "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
	"mm": "mm", "cm": "cm", "millimetre": "mm", "millimeter": "mm", "kg": "kg", "kilograms": "kg", "kilos": "kg",
	"tonnes": "t", "tons": "t", "tonne": "t", "ton": "t", "hectares": "ha", "ha": "ha", "acres": "acre",
	"sq": "km2", "km2": "km2", "feet": "ft", "ft": "ft", "inch": "in", "inches": "in", "litres": "l", "liters": "l",
	"hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day", "week": "week", "weeks": "week",
	"month": "month", "months": "month", "year": "year", "years": "year", "minute": "minute", "minutes": "minute",
	"mins": "minute", "seconds": "second", "decade": "decade", "decades": "decade", "calibre": "calibre",
	"caliber": "calibre", "kph": "kph", "mph": "mph", "mw": "mw", "gallons": "gal", "barrels": "bbl",
}

// currencies after a number make it money.
var currencies = map[string]bool{
	"dollars": true, "dollar": true, "usd": true, "euros": true, "euro": true, "eur": true, "pounds": true,
	"gbp": true, "shekels": true, "nis": true, "rubles": true, "roubles": true, "hryvnias": true, "riyals": true,
	"dinars": true, "pesos": true, "rupees": true, "francs": true, "naira": true, "birr": true, "shillings": true,
	"yuan": true, "yen": true, "lira": true,
}

// labelWords introduce a number that names something ("Resolution 2334",
// "Route 60", "No. 5") rather than counting it.
var labelWords = map[string]bool{
	"no": true, "number": true, "resolution": true, "route": true, "highway": true, "road": true, "article": true,
	"chapter": true, "page": true, "flight": true, "room": true, "block": true, "phase": true, "unit": true,
	"channel": true, "kilometre": true, "kilometer": true, "km": true, "section": true, "paragraph": true,
	"platform": true, "gate": true, "sector": true, "zone": true, "camp": true, "building": true, "apartment": true,
	"tower": true, "street": true, "st": true, "brigade": true, "division": true, "battalion": true, "regiment": true,
	"hill": true, "point": true, "checkpoint": true, "level": true, "grade": true,
	"covid": true, "category": true, "type": true, "model": true, "version": true, "mark": true, "mk": true,
	"line": true, "lines": true, "sura": true, "verse": true, "district": true, "ward": true, "area": true,
	"plot": true, "house": true, "bus": true, "episode": true, "season": true,
}

// clockWords after a number make it a time of day.
var clockWords = map[string]bool{
	"am": true, "pm": true, "gmt": true, "utc": true, "local": true,
	"h": true, "est": true, "edt": true, "cet": true, "cest": true, "eet": true, "eest": true, "idt": true, "ist": true,
}

// yearFollowers may follow a year without making it a count ("in 2023 the
// army …", "2023 was").
var yearFollowers = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "to": true, "when": true, "as": true,
	"after": true, "before": true, "until": true, "in": true, "on": true, "at": true, "was": true, "is": true,
	"were": true, "had": true, "has": true, "that": true, "which": true, "with": true, "by": true, "for": true,
	"from": true, "but": true, "it": true, "they": true, "he": true, "she": true, "we": true, "this": true,
	"during": true, "while": true, "since": true, "of": true, "there": true, "following": true, "where": true,
	"saw": true, "marked": true, "election": true, "elections": true, "war": true, "coup": true, "offensive": true,
	"attack": true, "attacks": true, "agreement": true, "deal": true, "ceasefire": true, "report": true,
	"census": true, "budget": true, "levels": true, "figures": true, "invasion": true, "uprising": true,
	"revolution": true, "peace": true, "law": true, "constitution": true, "truce": true, "accord": true,
	"accords": true, "protests": true, "earthquake": true, "floods": true, "alone": true, "so": true,
}

// fractions after a number make it a share, not a head count.
var fractions = map[string]bool{
	"half": true, "halves": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"fifth": true, "fifths": true, "tenth": true, "tenths": true, "sixth": true, "eighth": true,
}

// personNouns before ", 34," make the number an age: "a woman, 34, and …".
var personNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "mother": true, "father": true, "son": true,
	"daughter": true, "wife": true, "husband": true, "farmer": true, "teacher": true, "student": true,
	"driver": true, "resident": true, "nurse": true, "doctor": true, "journalist": true, "worker": true,
	"shepherd": true, "fisherman": true, "grandmother": true, "grandfather": true, "brother": true,
	"sister": true, "trader": true, "vendor": true, "activist": true, "photographer": true, "medic": true,
}

// lexiconFilter lets the per-token scan skip the lexicon lookup for most
// words.
var lexiconFilter = text.NewPrefilter(lexicon)
