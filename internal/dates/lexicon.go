package dates

import "sitrep/internal/text"

type wordKind uint8

const (
	kNone     wordKind = iota
	kMonth             // january … december and abbreviations
	kWeekday           // sunday … saturday
	kRelDay            // yesterday, today, tonight, overnight, tomorrow
	kDeictic           // last, this, next, earlier, later: "last week", "this morning"
	kBoundary          // start, beginning, end, middle: "since the start of the year"
	kUnit              // day(s), week(s), month(s), year(s): "three days ago"
)

type wordInfo struct {
	kind wordKind
	val  int
}

// lexicon holds the words that open or shape a date expression; every
// token is looked up in it, by the hash it carries. Read-only.
var lexicon = text.NewWordTable(func() map[string]wordInfo {
	m := map[string]wordInfo{}
	months := [][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
		{"october", "oct"}, {"november", "nov"}, {"december", "dec"}}
	for i, ws := range months {
		for _, w := range ws {
			m[w] = wordInfo{kMonth, i + 1}
		}
	}
	// time.Weekday numbering: Sunday is 0.
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		m[w] = wordInfo{kWeekday, i}
	}
	for w, d := range map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "overnight": 0, "tomorrow": 1} {
		m[w] = wordInfo{kRelDay, d}
	}
	for w, d := range map[string]int{"last": -1, "this": 0, "next": 1, "earlier": 0, "later": 0, "previous": -1, "coming": 1} {
		m[w] = wordInfo{kDeictic, d}
	}
	for _, w := range []string{"start", "beginning", "end", "middle", "turn"} {
		m[w] = wordInfo{kBoundary, 0}
	}
	for w, u := range map[string]int{"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek,
		"month": unitMonth, "months": unitMonth, "year": unitYear, "years": unitYear} {
		m[w] = wordInfo{kUnit, u}
	}
	return m
}())

const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
)

// dayparts may follow a weekday or "this"/"last" without changing the day.
var dayparts = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true, "dawn": true, "midday": true,
	"noon": true, "nighttime": true, "overnight": true, "daybreak": true, "midnight": true,
}

// yearPreps introduce a bare year: "in 2022", "since 2015", "mid-2023".
var yearPreps = map[string]bool{
	"in": true, "since": true, "during": true, "until": true, "till": true, "by": true, "from": true,
	"through": true, "throughout": true, "before": true, "after": true, "early": true, "late": true,
	"mid": true, "of": true, "around": true, "between": true, "and": true, "to": true,
}

// ofYearHeads are the nouns before "of" that make "of 2023" a year.
var ofYearHeads = map[string]bool{
	"end": true, "start": true, "beginning": true, "middle": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "half": true, "quarter": true, "months": true, "course": true,
}

// monthPreps make an ambiguous month word ("May", "March") a month.
var monthPreps = map[string]bool{
	"in": true, "since": true, "during": true, "until": true, "till": true, "by": true, "from": true,
	"through": true, "early": true, "late": true, "mid": true, "of": true, "last": true, "next": true,
	"this": true, "before": true, "after": true, "between": true, "and": true, "to": true, "throughout": true,
}

// futureMarks before a date in its clause make it point forward.
var futureMarks = map[string]bool{
	"will": true, "shall": true, "'ll": true, "scheduled": true, "due": true, "expected": true,
	"planned": true, "plans": true, "upcoming": true, "won't": true,
}

// clauseBreaks stop the look-back for a future mark.
var clauseBreaks = map[string]bool{
	",": true, ";": true, ":": true, "after": true, "since": true, "when": true, "said": true, "and": true,
	"but": true, "which": true, "who": true, "that": true, "(": true, "\"": true,
	// A date tied to an event noun dates that event, however the clause
	// points: "will retaliate for the attack on Sunday".
	"attack": true, "attacks": true, "strike": true, "strikes": true, "raid": true, "killing": true,
	"killings": true, "bombing": true, "assault": true, "massacre": true, "shelling": true, "explosion": true,
	"blast": true, "ambush": true, "incident": true, "clashes": true, "deaths": true, "death": true,
}

// Clause cues, for the look-back of future.
const (
	cueNone = iota
	cueFuture
	cueBreak
)

// clauseCues tells the words of futureMarks ("next" too) from those of
// clauseBreaks in one lookup by the token's hash. Read-only.
var clauseCues = func() *text.WordTable[uint8] {
	m := map[string]uint8{}
	for w := range clauseBreaks {
		m[w] = cueBreak
	}
	// A future mark wins over a break: future tests it first.
	for w := range futureMarks {
		m[w] = cueFuture
	}
	m["next"] = cueFuture
	return text.NewWordTable(m)
}()

// durationNouns follow "three days of …" when the days end on a stated day.
var durationNouns = map[string]bool{
	"fighting": true, "clashes": true, "battles": true, "battle": true, "combat": true, "strikes": true,
	"airstrikes": true, "bombardment": true, "shelling": true, "attacks": true, "violence": true,
	"protests": true, "unrest": true, "raids": true, "operations": true, "hostilities": true, "riots": true,
	"demonstrations": true, "offensive": true, "assault": true, "siege": true,
}

// rangeLinks join two dates into a range: "between 10 May and 6 June".
var rangeLinks = map[string]bool{"and": true, "to": true, "-": true, "until": true, "till": true, "through": true}

// nameHeads after a date make it part of a name: "the March 23 Movement",
// "the 14 March Alliance", "the 17 February Revolution".
var nameHeads = map[string]bool{
	"movement": true, "alliance": true, "revolution": true, "coalition": true, "front": true, "bloc": true,
	"brigade": true, "brigades": true, "party": true, "square": true, "street": true, "bridge": true,
	"university": true, "stadium": true, "hospital": true, "forces": true, "group": true, "camp": true,
	"school": true, "road": true, "avenue": true, "district": true, "neighbourhood": true, "neighborhood": true,
}

// yearVerbs after a bare year make it the subject of a sentence about
// that year: "2023 was the deadliest year".
var yearVerbs = map[string]bool{
	"was": true, "is": true, "has": true, "had": true, "saw": true, "marked": true, "will": true, "became": true,
}

// countNouns after a four-digit number make it a count, not a year.
var countNouns = map[string]bool{
	"people": true, "civilians": true, "soldiers": true, "troops": true, "fighters": true, "residents": true,
	"families": true, "children": true, "men": true, "women": true, "persons": true, "refugees": true,
	"militants": true, "members": true, "personnel": true, "dead": true, "wounded": true, "casualties": true,
	"homes": true, "houses": true, "buildings": true, "trucks": true, "rockets": true, "missiles": true,
	"drones": true, "shells": true, "tons": true, "tonnes": true, "km": true, "kilometres": true,
	"kilometers": true, "metres": true, "meters": true, "dollars": true, "more": true, "others": true,
}

// paperNames after a weekday make it a newspaper's name ("Sunday Times").
var paperNames = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "post": true, "herald": true,
	"mail": true, "independent": true, "observer": true, "tribune": true, "star": true, "world": true,
}
