package events

import "sitrep/internal/text"

// heldHostage reports "held ... hostage" rather than a taking verb: people
// held where they were, which is a taking only as an act of its own.
func heldHostage(d *text.Doc, s text.Sentence, trig int) bool {
	for k := trig - 1; k >= s.First && k >= trig-5; k-- {
		switch d.Tokens[k].Norm {
		case "held":
			return true
		case "took", "taken", "take", "taking", "seized", "grabbed", "abducted", "kidnapped":
			return false
		}
	}
	return false
}

// fixedActBefore reports an act of fixed type found before trig.
func fixedActBefore(all []found, trig int) bool {
	for _, f := range all {
		if f.tok < trig && f.trigger.strong && f.trigger.class == fixed {
			return true
		}
	}
	return false
}
