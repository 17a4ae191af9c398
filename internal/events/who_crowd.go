package events

import "sitrep"

// organiserVerbs before "by" name who called a protest: "a march organised
// by ATSUM", "a rally called by the opposition".
var organiserVerbs = map[string]bool{
	"organised": true, "organized": true, "called": true, "led": true, "staged": true, "convened": true,
}

// organiser returns the body that called the protest told at trig, named
// in its sentence or the two before it in its paragraph: "a 'Tribal
// Solidarity March' organised by ATSUM had ended ... Thousands had joined
// the march". A party's outlet or a UN body reporting it is no organiser.
func organiser(in Input, ix index, s sentence) string {
	d := in.Doc
	for si := s.idx; si >= 0 && si >= s.idx-2; si-- {
		t := d.Sentences[si]
		if t.Para != s.Para {
			break
		}
		for i := t.First; i+1 < t.Last; i++ {
			if !organiserVerbs[d.Tokens[i].Norm] || d.Tokens[i+1].Norm != "by" {
				continue
			}
			for _, a := range within(ix.ents, t) {
				if a.tok < i+2 || a.tok > i+4 {
					continue
				}
				if e := &in.Entities[a.idx]; e.Kind != sitrep.KindMedia && e.Kind != sitrep.KindUN {
					return e.ID
				}
			}
		}
	}
	return ""
}
