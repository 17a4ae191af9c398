package events

import "sitrep"

// organiserVerbs before "by" name who called a protest: "a march organised
// by ATSUM", "a rally called by the opposition".
var organiserVerbs = newWordSet(map[string]bool{
	"organised": true, "organized": true, "called": true, "led": true, "staged": true, "convened": true,
})

// organiser returns the body that called the protest told at trig, named
// in its sentence or the two before it in its paragraph: "a 'Tribal
// Solidarity March' organised by ATSUM had ended ... Thousands had joined
// the march". A party's outlet or a UN body reporting it is no organiser.
func organiser(in *Input, ix *index, s sentence) string {
	d := in.Doc
	for si := s.idx; si >= 0 && si >= s.idx-2; si-- {
		t := d.Sentences[si]
		if t.Para != s.Para {
			break
		}
		for i := t.First; i+1 < t.Last; i++ {
			if !organiserVerbs.has(&d.Tokens[i]) || d.Tokens[i+1].Norm != "by" {
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

// withdrawalWords name a force leaving ground.
var withdrawalWords = newWordSet(map[string]bool{
	"withdrawal": true, "withdrew": true, "withdraws": true, "withdrawn": true, "handover": true, "handed": true,
	"left": true, "evacuated": true, "retreated": true, "retreat": true,
})

// takeoverWords tell a force moving onto ground: "took control of the
// camp", "seized the base", "moved into the town".
var takeoverWords = newWordSet(map[string]bool{
	"took": true, "seized": true, "entered": true, "occupied": true, "moved": true, "captured": true,
})

// successor returns the force that, in the next sentence of the paragraph,
// took the ground a withdrawal left: "MINUSMA completed its withdrawal
// from its camp in Kidal. CSP-PSD fighters took control of the camp the
// same day" is one handover with two sides.
func successor(in *Input, ix *index, s sentence, trig int) string {
	d := in.Doc
	if !withdrawalWords.has(&d.Tokens[trig]) || s.idx+1 >= len(d.Sentences) {
		return ""
	}
	t := d.Sentences[s.idx+1]
	if t.Para != s.Para {
		return ""
	}
	for _, a := range within(ix.ents, t) {
		e := &in.Entities[a.idx]
		if !e.Party || e.Kind != sitrep.KindArmedGroup && e.Kind != sitrep.KindStateForce {
			continue
		}
		for k := a.end; k < t.Last && k <= a.end+2; k++ {
			if takeoverWords.has(&d.Tokens[k]) {
				return e.ID
			}
		}
		return ""
	}
	return ""
}
