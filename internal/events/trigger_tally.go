package events

import (
	"strings"

	"sitrep/internal/text"
)

// tallyScan reports a sentence that sums acts rather than tells one, by
// any of three readings, in one pass over its tokens (it runs on every
// sentence holding a trigger):
//
// A running total tallies a war: "the offensive has killed at least
// 41,391 people in Gaza", "the air force had struck about 2,000 targets
// since Monday". A perfect casualty verb with a figure in the thousands is
// a running total, and so is a perfect strike verb counted since a named
// day (a day's strikes on "more than 1,300 targets since the morning" are
// still one act).
//
// A tally over a scope counts people over a whole country or region: "329
// people had been arrested nationwide", "neutralised 181 terrorists and
// arrested 203 suspects across the country". Many acts in many places are
// summed; each is an event only where it is told on its own.
//
// A month's tally counts acts over a month or a week in the perfect:
// "government forces had destroyed the group's command centres and killed
// more than 300 bandits in September", "had arrested 46 people this
// month". A month's sum is no event of a day.
func tallyScan(d *text.Doc, s text.Sentence) bool {
	// Running total.
	perfect, struck, since, big, bare := false, false, false, false, false
	// Scope and month tallies.
	scope, figure, edPerfect, period := false, false, false, false
	for i := s.First; i < s.Last; i++ {
		t := &d.Tokens[i]
		if t.Kind == text.Number {
			figure = true
			big = big || thousands(t.Norm)
			continue
		}
		more := i+1 < s.Last
		switch t.Norm {
		case "has", "have", "had":
			if more {
				next := d.Tokens[i+1].Norm
				perfect = perfect || tallyVerbs.hasWord(next)
				struck = struck || strikeTallyVerbs.hasWord(next)
			}
			// "had "destroyed the group's command centres"": a quote
			// may open on the verb.
			k := i + 1
			for k < s.Last && (d.Tokens[k].Norm == "\"" || d.Tokens[k].Norm == "'") {
				k++
			}
			edPerfect = edPerfect || k < s.Last && strings.HasSuffix(d.Tokens[k].Norm, "ed")
		case "since":
			// "since Monday", "since October 7"; not "since the morning".
			if more && (d.Tokens[i+1].Cap || d.Tokens[i+1].Kind == text.Number) {
				since = true
			}
		case "by", "from", "in":
			// "more than 1,000 soldiers were injured by attacks by
			// resistance groups": acts without article or day, counted.
			if more && tallyActs.has(&d.Tokens[i+1]) {
				bare = true
			}
			// "in September"; a year still makes it a month: only a day
			// ("on 3 September") does not.
			if t.Norm == "in" && more && d.Tokens[i+1].Cap && monthName(d.Tokens[i+1].Norm) &&
				(i+2 >= s.Last || d.Tokens[i+2].Kind != text.Number) {
				period = true
			}
		case "nationwide", "countrywide", "statewide":
			scope = true
		case "across":
			// "across the country"; not "across the border", and not
			// "arrested 945 workers across Punjab province", one sweep of
			// one province.
			if more && d.Tokens[i+1].Norm == "the" && i+2 < s.Last {
				switch d.Tokens[i+2].Norm {
				case "country", "nation":
					scope = true
				}
			}
		case "this", "last", "past":
			if more && (d.Tokens[i+1].Norm == "month" || d.Tokens[i+1].Norm == "week") {
				period = true
			}
		}
	}
	return big && (perfect || struck && since || bare) || perfect && since ||
		scope && figure || edPerfect && period && figure
}

// monthName reports a month's folded name.
func monthName(n string) bool {
	switch n {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december":
		return true
	}
	return false
}
