package events

import (
	"sitrep"
	"sitrep/internal/text"
)

// mobSubjects are the unarmed many whose killing of someone by hand is mob
// violence: "residents stoned and burned two suspected gang members", "a
// mob lynched a man".
var mobSubjects = newWordSet(map[string]bool{
	"residents": true, "villagers": true, "locals": true, "inhabitants": true, "mob": true, "mobs": true,
	"crowd": true, "crowds": true, "vigilantes": true, "youths": true, "neighbours": true, "neighbors": true,
})

// deathReach is how far after "beat" its "to death" may stand: "beat the
// two men to death".
const deathReach = 6

// mobKilling types a killing by hand or stones by who did it: residents or
// a crowd make mob violence, protesters a violent demonstration, anyone
// else an attack on civilians. A beating is a killing only "to death".
func mobKilling(c *candidate, d *text.Doc, s text.Sentence) {
	if n := d.Tokens[c.trig].Norm; (n == "beat" || n == "beaten") && !toDeath(d, s, c.trig) {
		c.typ = ""
		return
	}
	for k := c.trig - 1; k >= s.First; k-- {
		t := &d.Tokens[k]
		switch {
		case mobSubjects.has(t):
			c.typ, c.sub = sitrep.Riots, subMob
			return
		case crowdWords.has(t):
			c.typ, c.sub = sitrep.Riots, subViolentDemo
			return
		}
	}
}

// toDeath reports "to death" a few tokens after trig.
func toDeath(d *text.Doc, s text.Sentence, trig int) bool {
	for k := trig + 1; k+1 < s.Last && k <= trig+deathReach; k++ {
		if d.Tokens[k].Norm == "to" && d.Tokens[k+1].Norm == "death" {
			return true
		}
	}
	return false
}
