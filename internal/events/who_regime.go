package events

import (
	"sitrep"
	"sitrep/internal/text"
)

// regimeWord reports the words that name a state by its rulers: "government artillery", "junta
// air strike", "regime forces".
func regimeWord(n string) bool {
	switch n {
	case "government", "regime", "junta":
		return true
	}
	return false
}

// verbAdverb reports the words that stand between a subject and its verb: "artillery also
// pounded", "forces had shelled".
func verbAdverb(n string) bool {
	switch n {
	case "also", "reportedly", "then", "had", "have", "has":
		return true
	}
	return false
}

// regimeForce returns the state force meant by "government artillery
// pounded", "a junta air strike", "regime forces shelled": a rulers' word
// modifying the act or the arms that made it. The state is the one whose
// government the article names, else the country it is filed from; a
// government of another state ("the Turkish government's drones") is
// named by its demonym and left to that rule.
func regimeForce(in *Input, s text.Sentence, trig int) string {
	d := in.Doc
	k := trig - 1
	for k >= s.First && k >= trig-4 && !regimeWord(d.Tokens[k].Norm) {
		if n := d.Tokens[k].Norm; !armWord(n) && !militaryWords.hasWord(n) && !verbAdverb(n) && n != "-" {
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
