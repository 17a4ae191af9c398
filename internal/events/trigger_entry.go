package events

import "sitrep/internal/text"

// entryReach is how far after "entered" its manner may be told: "entered
// Damascus (Damascus) without resistance".
const entryReach = 12

// unopposed reports an entry told as met by no resistance: "entered the
// capital without resistance", "entered the town unopposed", "without a
// fight". Such an entry is ground changing hands with no battle; any other
// entry is a movement, or the battle told by its own words.
func unopposed(d *text.Doc, s text.Sentence, trig int) bool {
	for k := trig + 1; k < s.Last && k <= trig+entryReach; k++ {
		switch d.Tokens[k].Norm {
		case ";":
			return false
		case "unopposed", "unchallenged", "uncontested":
			return true
		case "without", "no":
			for j := k + 1; j < s.Last && j <= k+3; j++ {
				switch d.Tokens[j].Norm {
				case "resistance", "fight", "fighting", "opposition", "shot":
					return true
				}
			}
		}
	}
	return false
}
