package events

import (
	"strings"

	"sitrep/internal/text"
)

// heard reports an act known only by its sound: "heavy gunfire and
// explosions were heard near the airport", "residents heard shelling". A
// sound tells that something happened nearby, not what or by whom.
func heard(d *text.Doc, s text.Sentence, i int) bool {
	for k := i + 1; k < s.Last && k <= i+4; k++ {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" {
			break
		}
		if soundWord(n) {
			return true
		}
	}
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" {
			break
		}
		if soundWord(n) || (n == "of" && k-1 >= s.First && noiseWord(d.Tokens[k-1].Norm)) {
			return true
		}
	}
	return false
}

func soundWord(n string) bool {
	switch n {
	case "heard", "hear", "hearing", "audible":
		return true
	}
	return false
}

// noiseWord reports the words that before "of" make the act a sound: "the sound of gunfire".
func noiseWord(n string) bool {
	switch n {
	case "sound", "sounds", "noise", "noises", "thud", "echo":
		return true
	}
	return false
}

// causedBy reports an act named as what drove people out or moved a group:
// "displaced by fighting between the dissidents and the ELN", "pushed by
// military operations from Zamfara". The act is the cause of a state, told
// where it happened if at all.
func causedBy(d *text.Doc, s text.Sentence, i int) bool {
	const reach = 10
	for k := i - 1; k >= s.First+1 && k >= i-3; k-- {
		if d.Tokens[k].Norm != "by" {
			continue
		}
		// "displaced in Argelia and the nearby village of El Plateado
		// by fighting": where they were displaced may stand between.
		for j := k - 1; j >= s.First && j >= k-reach; j-- {
			n := d.Tokens[j].Norm
			if n == "," || n == ";" {
				break
			}
			if causedWords.hasWord(n) {
				return true
			}
		}
	}
	return false
}

var causedWords = newWordSet(map[string]bool{"displaced": true, "pushed": true, "driven": true, "forced": true,
	"uprooted": true, "caused": true, "triggered": true, "sparked": true, "affected": true})

// judged reports an act named as a known thing that a statement judges:
// "the storming of parliament was "treasonous"", "the killing of the
// journalist is a crime". The act is told where it happened; a verdict on
// it is no second one. A passive ("the shelling of the town was carried
// out by") still tells the act.
func judged(d *text.Doc, s text.Sentence, i int) bool {
	if i-1 < s.First || d.Tokens[i-1].Norm != "the" || i+1 >= s.Last || d.Tokens[i+1].Norm != "of" ||
		!triggers[d.Tokens[i].Norm].strong {
		return false
	}
	for k := i + 2; k < s.Last && k <= i+7; k++ {
		switch d.Tokens[k].Norm {
		case ",", ";":
			return false
		case "was", "is", "were", "are", "as":
			if k+1 >= s.Last {
				return false
			}
			next := d.Tokens[k+1].Norm
			return !strings.HasSuffix(next, "ed") && !strings.HasSuffix(next, "en") && !participles.hasWord(next) && next != "being"
		}
	}
	return false
}

// participles are the irregular past participles a passive tells an act
// with: "the shelling of the town was met with", "was led by".
var participles = newWordSet(map[string]bool{"found": true, "hit": true, "shot": true, "struck": true, "made": true,
	"held": true, "led": true, "fought": true, "done": true, "told": true, "caught": true, "brought": true,
	"sent": true, "met": true, "set": true, "put": true, "carried": true, "heard": true, "felt": true})

// ongoing reports an act told in the progressive present: "are now
// shelling the main road", "is still fighting": a state of the front, not
// a happening of a day.
func ongoing(d *text.Doc, s text.Sentence, i int) bool {
	if !strings.HasSuffix(d.Tokens[i].Norm, "ing") {
		return false
	}
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		switch d.Tokens[k].Norm {
		case "now", "still", "currently", "reportedly":
			continue
		case "are", "is", "am":
			return true
		}
		return false
	}
	return false
}

// withdrewThing reports a withdrawal verb whose object is a thing, not
// forces: "withdrew the bill", "withdrew it", "withdrew support". Forces
// withdraw with no object ("troops withdrew from the town") or withdraw
// their units ("withdrew its troops").
func withdrewThing(d *text.Doc, s text.Sentence, i int) bool {
	switch d.Tokens[i].Norm {
	case "withdrew", "withdraw", "withdraws":
	default:
		return false
	}
	if i+1 >= s.Last {
		return false
	}
	switch n := d.Tokens[i+1].Norm; {
	case locative(n) || n == "to" || n == "," || n == "." || n == ";" || n == "into" || n == "toward" || n == "towards":
		return false
	}
	for k := i + 1; k < s.Last && k <= i+4; k++ {
		n := d.Tokens[k].Norm
		if militaryWords.hasWord(n) || unitWords.hasWord(n) {
			return false
		}
	}
	return true
}

var unitWords = newWordSet(map[string]bool{"units": true, "unit": true, "battalion": true, "battalions": true,
	"contingent": true, "peacekeepers": true, "personnel": true, "men": true})

// notAnAct reports a trigger word that names no happening of its own
// where it stands: a sound, a cause of flight, a verdict, a state of the
// front, a thing withdrawn.
func notAnAct(d *text.Doc, s text.Sentence, i int) bool {
	return heard(d, s, i) || causedBy(d, s, i) ||
		judged(d, s, i) || ongoing(d, s, i) ||
		withdrewThing(d, s, i) || trend(d, s, i)
}

// trend reports acts told as a rise or a run of them: "ISM has stepped up
// attacks in Macomia since the start of the year", "a spate of
// kidnappings". Each act is an event where it is told on its own.
func trend(d *text.Doc, s text.Sentence, i int) bool {
	if !strings.HasSuffix(d.Tokens[i].Norm, "s") {
		return false
	}
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		n := d.Tokens[k].Norm
		if trendWord(n) || n == "up" && k-1 >= s.First && upWord(d.Tokens[k-1].Norm) {
			return true
		}
	}
	return false
}

func trendWord(n string) bool {
	switch n {
	case "intensified", "intensifying", "escalated", "escalating",
		"increased", "increasing", "spate", "surge", "upsurge", "uptick":
		return true
	}
	return false
}

// upWord reports the words that before "up" make a rise: "stepped up", "ramped up".
func upWord(n string) bool {
	switch n {
	case "stepped", "stepping", "ramped", "ramping", "scaled":
		return true
	}
	return false
}

// dateRangeTally reports a count summed between two days: "between 10 and
// 13 May 2024, at least 58 people were killed in El Fasher". A sum over
// days is no event; the days' acts are told one by one.
func dateRangeTally(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i+4 < s.Last; i++ {
		if d.Tokens[i].Norm != "between" {
			continue
		}
		a, b, c, e := d.Tokens[i+1], d.Tokens[i+2], d.Tokens[i+3], d.Tokens[i+4]
		switch {
		case a.Kind == text.Number && b.Norm == "and" && c.Kind == text.Number && months.has(&e):
			// "between 10 and 13 May"
			return true
		case months.has(&a) && a.Cap && b.Kind == text.Number && c.Norm == "and":
			// "between May 10 and May 13", "between May 10 and 13"
			return true
		case weekdays.has(&a) && b.Norm == "and" && weekdays.has(&c):
			return true
		}
	}
	return false
}

// bodiesFound reports bodies found or dumped, told as the news: "the
// bodies of five men were found beside the highway", "residents
// discovered 12 bodies". People killed out of any fight named are
// attacked, whoever killed them; fighters' bodies are typed by the
// victim words before this is asked.
func bodiesFound(d *text.Doc, s text.Sentence, i int) bool {
	if n := d.Tokens[i].Norm; n != "bodies" && n != "body" {
		return false
	}
	for k := max(s.First, i-4); k < s.Last && k <= i+8; k++ {
		if foundWords.has(&d.Tokens[k]) {
			return true
		}
	}
	return false
}

var foundWords = newWordSet(map[string]bool{"found": true, "discovered": true, "dumped": true, "unearthed": true, "exhumed": true})

// seizedInList reports a weapon listed among things seized or found:
// "seized rifles, grenades and 3,000 rounds of ammunition", "recovered
// weapons, mortar bombs and explosives". The list runs back over nouns,
// numbers, commas and "and" to its verb; any other verb ends it.
func seizedInList(d *text.Doc, s text.Sentence, i int) bool {
	for k := i - 1; k >= s.First && k >= i-12; k-- {
		t := &d.Tokens[k]
		switch n := t.Norm; {
		case seizeWords.hasWord(n):
			return true
		case n == ";" || n == "." || n == "with" || n == "by" || n == "at" || n == "on" || n == "in":
			return false
		case strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing"):
			return false
		}
	}
	return false
}

// seizeWords head a list of things taken or found.
var seizeWords = newWordSet(map[string]bool{"seized": true, "seizing": true, "seize": true, "recovered": true,
	"confiscated": true, "found": true, "discovered": true, "captured": true, "cache": true, "haul": true})

var months = newWordSet(map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true})

// ownTimeAfter reports an act followed by a time of its own: "after an
// attack earlier that day by JNIM", "following clashes on Monday". An act
// so dated is a happening of its own, not the preface of the clause's act.
func ownTimeAfter(d *text.Doc, s text.Sentence, i int) bool {
	if i+1 >= s.Last {
		return false
	}
	switch d.Tokens[i+1].Norm {
	case "earlier", "overnight", "yesterday":
		return true
	case "on", "last":
		return i+2 < s.Last && weekdays.has(&d.Tokens[i+2])
	}
	return false
}

var weekdays = newWordSet(map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true})

// passiveToll reports deaths or injuries told with no killer: "at least 58
// people were killed".
func passiveToll(d *text.Doc, s text.Sentence) bool {
	for i := s.First + 1; i < s.Last; i++ {
		if !tallyVerbs.has(&d.Tokens[i]) {
			continue
		}
		switch d.Tokens[i-1].Norm {
		case "were", "was", "been":
			return !wordAfter(d, s, i, 3, byWords)
		}
	}
	return false
}

var byWords = newWordSet(map[string]bool{"by": true})
