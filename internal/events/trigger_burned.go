package events

import "sitrep/internal/text"

// burnWords before a weapon make it a thing set alight on the ground:
// "setting a presidential aircraft on fire", "torched two drones".
var burnWords = newWordSet(map[string]bool{
	"setting": true, "set": true, "sets": true, "torched": true, "torching": true, "burned": true,
	"burnt": true, "burning": true,
})

// burnReach is how far before the weapon its burning verb may stand: "set
// a presidential aircraft".
const burnReach = 4

// burnedCraft reports a weapon named as the object of burning: the act is
// the attack or arson that burned it, not a strike by it.
func burnedCraft(d *text.Doc, s text.Sentence, i int) bool {
	for k := i - 1; k >= s.First && k >= i-burnReach; k-- {
		t := &d.Tokens[k]
		if t.Norm == "," || t.Norm == ";" {
			return false
		}
		if burnWords.has(t) {
			return true
		}
	}
	return false
}
