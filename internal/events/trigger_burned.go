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

// symbolWords are what a protest burns to make its point, not to destroy:
// "burned an effigy of the prime minister", "burned flags".
var symbolWords = newWordSet(map[string]bool{
	"effigy": true, "effigies": true, "flag": true, "flags": true, "portrait": true, "portraits": true,
	"posters": true, "poster": true,
})

// symbolicBurning reports a sentence whose only violence is a burning of
// symbols: the protest stays peaceful ("marched ... and burned an effigy").
func symbolicBurning(d *text.Doc, s text.Sentence) bool {
	sym := false
	for k := s.First; k < s.Last; k++ {
		switch d.Tokens[k].Norm {
		case "stones", "rocks", "torched", "looted", "vandalised", "vandalized", "smashed":
			return false
		case "burned", "burnt":
			if !wordAfter(d, s, k, burnReach, symbolWords) {
				return false
			}
			sym = true
		}
	}
	return sym
}
