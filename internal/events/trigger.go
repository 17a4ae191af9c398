package events

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

const (
	maxTriggers = 8
	mergeWindow = 64
)

type found struct {
	tok     int
	trigger trigger
}

// sentenceTriggers finds trigger words and two-word phrases in a sentence,
// skipping those under an irrealis word ("threatened to attack").
func sentenceTriggers(d *text.Doc, s text.Sentence) []found {
	var out []found
	for i := s.First; i < s.Last; i++ {
		t := d.Tokens[i]
		if t.Kind != text.Word || !triggerFilter.MayContain(t.Norm) {
			continue
		}
		tr, ok := trigger{}, false
		if i+1 < s.Last {
			next := i + 1
			if d.Tokens[next].Norm == "-" && next+1 < s.Last {
				next++
			}
			tr, ok = pairs[t.Norm][d.Tokens[next].Norm]
			if ok && tr.class == none {
				i = next
				continue
			}
			if ok {
				if irrealisBefore(d, s, i) {
					i = next
					continue
				}
				out = append(out, found{i, tr})
				i = next
				continue
			}
		}
		if tr, ok = triggers[t.Norm]; !ok {
			continue
		}
		if t.Norm == "march" && t.Cap {
			continue // the month
		}
		if background(d, s, i) {
			continue
		}
		if irrealisBefore(d, s, i) {
			continue
		}
		out = append(out, found{i, tr})
	}
	return out
}

// background reports an ongoing state rather than a happening: "the RSF,
// which has been fighting the army since April".
func background(d *text.Doc, s text.Sentence, i int) bool {
	if i-1 >= s.First && d.Tokens[i-1].Norm == "been" {
		return true
	}
	// "accused X of deliberately shelling", "blamed for kidnapping": a
	// charge about conduct, not a report of one act.
	if strings.HasSuffix(d.Tokens[i].Norm, "ing") {
		for k := i - 1; k >= s.First && k >= i-2; k-- {
			switch d.Tokens[k].Norm {
			case "of", "for":
				return true
			case "deliberately", "indiscriminately", "repeatedly", "systematically":
				continue
			}
			break
		}
	}
	return false
}

func irrealisBefore(d *text.Doc, s text.Sentence, i int) bool {
	// An infinitive ("vowed to retake", "attempt to storm") has not happened.
	if w := d.Tokens[i].Norm; i-1 >= s.First && d.Tokens[i-1].Norm == "to" &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") {
		return true
	}
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		n := d.Tokens[k].Norm
		if n == "," || n == ";" {
			return false
		}
		if irrealis[n] {
			return true
		}
	}
	return false
}

// classify settles the type of context-dependent triggers.
func classify(c *candidate, tr trigger, d *text.Doc, s text.Sentence, in Input, all []found) {
	civ, mil := victims(d, s.First, s.Last)
	if crowd := crowdIn(d, s); crowd && (tr.class == attack || c.typ == sitrep.Battles ||
		c.sub == subLooting || tr.class == protest && hasAny(d, s, "stormed", "torched", "burned", "set", "looted", "clashed")) {
		c.typ, c.sub = sitrep.Riots, subViolentDemo
		return
	}
	switch tr.class {
	case attack:
		// The target of an act follows it.
		civ, mil = victims(d, c.trig+1, s.Last)
		if weapon := weaponIn(all, c.trig); weapon != nil {
			c.typ, c.sub = weapon.typ, weapon.sub
			return
		}
		if civ && !mil {
			c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
		}
	case casualty:
		switch {
		case mil:
			c.typ, c.sub = sitrep.Battles, subArmedClash
		case civ:
			c.typ, c.sub = sitrep.ViolenceCivilians, subAttack
		default:
			c.typ = ""
		}
	case territory:
		if len(c.actors) > 0 {
			if e := entityByID(in, c.actors[0]); e != nil && e.Kind == sitrep.KindStateForce {
				c.sub = subGovRegains
			}
		}
		if c.place == nil {
			c.typ = ""
		}
	case protest:
		if hasAny(d, s, "police", "security", "tear", "teargas", "fired", "dispersed", "beat", "arrested") {
			c.sub = subIntervention
			if hasAny(d, s, "killed", "live", "shot", "bullets") {
				c.sub = subExcessive
			}
		}
		if hasAny(d, s, "stones", "rocks", "torched", "burned", "looted", "vandalised", "vandalized", "smashed") {
			c.typ, c.sub = sitrep.Riots, subViolentDemo
		}
	}
}

// weaponIn returns the remote-violence trigger near an attack, if any: "a
// drone attack", "an attack with rockets". all holds every trigger of the
// sentence.
func weaponIn(all []found, trig int) *trigger {
	for _, f := range all {
		if f.trigger.typ == sitrep.ExplosionsRemote && f.tok >= trig-4 && f.tok <= trig+6 {
			t := f.trigger
			return &t
		}
	}
	return nil
}

func crowdIn(d *text.Doc, s text.Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		if n := d.Tokens[i].Norm; crowdFilter.MayContain(n) && crowdWords[n] {
			return true
		}
	}
	return false
}

func victims(d *text.Doc, first, last int) (civ, mil bool) {
	for i := first; i < last; i++ {
		n := d.Tokens[i].Norm
		civ = civ || civilianFilter.MayContain(n) && civilianWords[n]
		mil = mil || militaryFilter.MayContain(n) && militaryWords[n]
	}
	return civ, mil
}

func hasAny(d *text.Doc, s text.Sentence, words ...string) bool {
	for i := s.First; i < s.Last; i++ {
		for _, w := range words {
			if d.Tokens[i].Norm == w {
				return true
			}
		}
	}
	return false
}
