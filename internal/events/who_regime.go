package events

import (
	"sitrep"
	"sitrep/internal/text"
)

// regimeWords name a state by its rulers: "government artillery", "junta
// air strike", "regime forces".
var regimeWords = map[string]bool{"government": true, "regime": true, "junta": true}

// verbAdverbs stand between a subject and its verb: "artillery also
// pounded", "forces had shelled".
var verbAdverbs = map[string]bool{"also": true, "reportedly": true, "then": true, "had": true, "have": true, "has": true}

// regimeForce returns the state force meant by "government artillery
// pounded", "a junta air strike", "regime forces shelled": a rulers' word
// modifying the act or the arms that made it. The state is the one whose
// government the article names, else the country it is filed from; a
// government of another state ("the Turkish government's drones") is
// named by its demonym and left to that rule.
func regimeForce(in Input, s text.Sentence, trig int) string {
	d := in.Doc
	k := trig - 1
	for k >= s.First && k >= trig-4 && !regimeWords[d.Tokens[k].Norm] {
		if n := d.Tokens[k].Norm; !armWords[n] && !militaryWords[n] && !verbAdverbs[n] && n != "-" {
			return ""
		}
		k--
	}
	if k < s.First || k < trig-4 || k > s.First && d.Tokens[k-1].Cap && d.Tokens[k-1].Kind == text.Word {
		return ""
	}
	country := ""
	for i := range in.Entities {
		if e := &in.Entities[i]; e.Kind == sitrep.KindGovernment && e.Country != "" && len(e.Mentions) > 0 {
			country = e.Country
			break
		}
	}
	if country == "" && in.Focus != nil {
		country = in.Focus.Country
	}
	best, n := "", 0
	for i := range in.Entities {
		if e := &in.Entities[i]; e.Kind == sitrep.KindStateForce && e.Country == country && country != "" && len(e.Mentions) > n {
			best, n = e.ID, len(e.Mentions)
		}
	}
	return best
}
