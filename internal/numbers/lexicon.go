package numbers

import (
	"strings"

	"sitrep/internal/text"
)

// wordKind classifies the folded words the number reader cares about.
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

// markBits are the word sets that tell a head count from other numbers
// (see marks): a word's every set is read in the one lookup of its token.
type markBits uint16

const (
	mCurrency     markBits = 1 << iota // "dollars" after a number: money
	mClock                             // "pm", "GMT": a time of day
	mLabel                             // "Resolution 2334": a name
	mYearFollower                      // "2023 was": a year
	mFraction                          // "two-thirds": a share
	mPerson                            // "a woman, 34,": an age
	mGluedOnly                         // "20m": a unit only against its number
	mStart                             // a phrase may start at the word
)

// wordInfo is all the reader knows of one folded word.
type wordInfo struct {
	kind  wordKind
	marks markBits
	// abbr marks a month's abbreviation ("Dec"), which may take a full
	// stop inside a date.
	abbr bool
	val  int64
	// unit is the measure the word names after a number ("km", "day").
	unit string
	// quals are the indices of the qualifier rules that start with the word.
	quals []uint8
}

// noWord is the reading of a word the reader does not know.
var noWord wordInfo

// lexicon holds every word of the reader's sets, so that one probe with
// the token's hash answers for all of them. Read-only after package
// initialisation.
var lexicon = text.NewWordTable(lexiconWords())

// startFilter holds the words a phrase may start at. The lexicon also
// holds the commonest words ("the", "of"); the scan over every token asks
// this filter first, which turns them away without a probe.
var startFilter = func() *text.Prefilter {
	p := text.NewPrefilter(map[string]bool{})
	for w, i := range lexiconWords() {
		if i.marks&mStart != 0 {
			p.Add(w)
		}
	}
	return p
}()

func lexiconWords() map[string]*wordInfo {
	m := map[string]*wordInfo{}
	at := func(w string) *wordInfo {
		if m[w] == nil {
			m[w] = &wordInfo{}
		}
		return m[w]
	}
	set := func(w string, k wordKind, v int64) {
		i := at(w)
		i.kind, i.val = k, v
	}
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range small {
		set(w, wSmall, int64(i))
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		set(w, wTens, int64(20+10*i))
	}
	set("fourty", wTens, 40)
	for w, v := range map[string]int64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9} {
		set(w, wScale, v)
	}
	// ACLED's conservative readings of vague amounts. "several" has no
	// ACLED figure for people in general; 3 is the smallest reading that
	// is more than "a couple".
	for w, v := range map[string]int64{"dozens": 12, "dozen": 12, "scores": 20, "tens": 10, "hundreds": 100,
		"thousands": 1000, "millions": 1e6, "several": 3, "handful": 3, "few": 2, "couple": 2} {
		set(w, wVague, v)
	}
	set("half", wHalf, 0)
	set("a", wArticle, 1)
	set("an", wArticle, 1)
	for _, w := range []string{"at", "more", "over", "nearly", "almost", "up", "around", "about", "some",
		"fewer", "less", "as", "roughly", "approximately", "estimated", "between", "from", "no", "not",
		"upwards", "in", "well", "just", "close", "under", "below", "above", "approx", "exactly", "only",
		"barely", "maximum", "minimum", "total"} {
		if m[w] == nil {
			set(w, wQual, 0)
		}
	}
	months := [][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"}}
	for i, ws := range months {
		for k, w := range ws {
			set(w, wMonth, int64(i+1))
			m[w].abbr = k > 0
		}
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		set(w, wOrdinal, int64(i+1))
	}
	set("thirtieth", wOrdinal, 30)
	for k, q := range qualifiers {
		w := at(q.words[0])
		w.quals = append(w.quals, uint8(k))
	}
	for _, w := range m {
		switch w.kind {
		case wSmall, wTens, wScale, wVague, wArticle, wHalf:
			w.marks |= mStart
		}
		if len(w.quals) > 0 {
			w.marks |= mStart
		}
	}
	for w, u := range units {
		at(w).unit = u
	}
	for _, s := range []struct {
		words []string
		bit   markBits
	}{{currencies, mCurrency}, {clockWords, mClock}, {labelWords, mLabel}, {yearFollowers, mYearFollower},
		{fractions, mFraction}, {personNouns, mPerson}, {gluedOnly, mGluedOnly}} {
		for _, w := range s.words {
			at(w).marks |= s.bit
		}
	}
	return m
}

// info returns what the reader knows of token i, noWord past either end
// and for anything but a word.
func (r *reader) info(i int) *wordInfo {
	if i < 0 || i >= len(r.toks) || r.toks[i].Kind != text.Word {
		return &noWord
	}
	return wordOf(&r.toks[i])
}

// wordOf looks a word token up by the hash it carries.
func wordOf(t *text.Token) *wordInfo {
	if w, ok := lexicon.GetHash(t.Hash, t.Norm); ok {
		return w
	}
	return &noWord
}

// is reports whether token i is a word in the set bit marks.
func (r *reader) is(i int, bit markBits) bool { return r.info(i).marks&bit != 0 }

// Month returns the month number (1–12) of a folded month name or
// abbreviation ("november", "nov", "sept"), or 0.
func Month(norm string) int {
	if w, ok := lexicon.Get(norm); ok && w.kind == wMonth {
		return int(w.val)
	}
	return 0
}

// OrdinalWord returns the value of a folded ordinal word ("third" → 3), or 0.
// Compound ordinals ("twenty-first") are read by the caller as a tens word
// followed by an ordinal.
func OrdinalWord(norm string) int {
	if w, ok := lexicon.Get(norm); ok && w.kind == wOrdinal {
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
var currencies = []string{
	"dollars", "dollar", "usd", "euros", "euro", "eur", "pounds", "gbp", "shekels", "nis", "rubles", "roubles",
	"hryvnias", "riyals", "dinars", "pesos", "rupees", "francs", "naira", "birr", "shillings", "yuan", "yen",
	"lira",
}

// labelWords introduce a number that names something ("Resolution 2334",
// "Route 60", "No. 5") rather than counting it.
var labelWords = []string{
	"no", "number", "resolution", "route", "highway", "road", "article", "chapter", "page", "flight", "room",
	"block", "phase", "unit", "channel", "kilometre", "kilometer", "km", "section", "paragraph", "platform",
	"gate", "sector", "zone", "camp", "building", "apartment", "tower", "street", "st", "brigade", "division",
	"battalion", "regiment", "hill", "point", "checkpoint", "level", "grade", "covid", "category", "type",
	"model", "version", "mark", "mk", "line", "lines", "sura", "verse", "district", "ward", "area", "plot",
	"house", "bus", "episode", "season",
}

// clockWords after a number make it a time of day.
var clockWords = []string{
	"am", "pm", "gmt", "utc", "local", "h", "est", "edt", "cet", "cest", "eet", "eest", "idt", "ist",
}

// yearFollowers may follow a year without making it a count ("in 2023 the
// army …", "2023 was").
var yearFollowers = []string{
	"the", "a", "an", "and", "or", "to", "when", "as", "after", "before", "until", "in", "on", "at", "was",
	"is", "were", "had", "has", "that", "which", "with", "by", "for", "from", "but", "it", "they", "he", "she",
	"we", "this", "during", "while", "since", "of", "there", "following", "where", "saw", "marked", "election",
	"elections", "war", "coup", "offensive", "attack", "attacks", "agreement", "deal", "ceasefire", "report",
	"census", "budget", "levels", "figures", "invasion", "uprising", "revolution", "peace", "law",
	"constitution", "truce", "accord", "accords", "protests", "earthquake", "floods", "alone", "so",
}

// fractions after a number make it a share, not a head count.
var fractions = []string{
	"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "sixth",
	"eighth",
}

// personNouns before ", 34," make the number an age: "a woman, 34, and …".
var personNouns = []string{
	"man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "farmer",
	"teacher", "student", "driver", "resident", "nurse", "doctor", "journalist", "worker", "shepherd",
	"fisherman", "grandmother", "grandfather", "brother", "sister", "trader", "vendor", "activist",
	"photographer", "medic",
}

// gluedOnly are unit abbreviations too ambiguous to read unless written
// against the number ("20m", "5ha").
var gluedOnly = []string{"m", "mi", "ha", "t", "h", "in"}
