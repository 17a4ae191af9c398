package events

import (
	"sitrep"
	"sitrep/internal/text"
)

// retypeByModus types a vague attack by what its initiator does elsewhere
// in the article. "The military had targeted terrorists", "launched new
// raids on the area", "the aggression on the port": wording every side
// uses for its own or its enemy's strikes names no weapon, and typing it
// by its target makes a battle or an attack on civilians of what the
// article tells, by the same initiator, as air strikes or shelling.
func retypeByModus(d *text.Doc, cs []candidate) {
	// The first strike each initiator makes, found in one pass so a long
	// text stays linear.
	var modus map[string]string
	for i := range cs {
		o := &cs[i]
		if o.typ == sitrep.ExplosionsRemote && (o.sub == subAirDrone || o.sub == subShelling) && len(o.actors) > 0 {
			if modus == nil {
				modus = map[string]string{}
			}
			if _, ok := modus[o.actors[0]]; !ok {
				modus[o.actors[0]] = o.sub
			}
		}
	}
	if modus == nil {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.typ == sitrep.ExplosionsRemote || c.typ == "" || len(c.actors) == 0 || !vagueAct(d, c.trig) {
			continue
		}
		if sub, ok := modus[c.actors[0]]; ok {
			c.typ, c.sub = sitrep.ExplosionsRemote, sub
		}
	}
}

// vagueAct reports a trigger that names an attack but not how it was
// made: "targeted", "hit", "raids", "aggression".
func vagueAct(d *text.Doc, i int) bool {
	switch d.Tokens[i].Norm {
	case "targeted", "targeting", "hit", "hits", "raids", "aggression":
		return true
	}
	return false
}
