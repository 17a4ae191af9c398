package events

import (
	"sitrep"
	"sitrep/internal/text"
)

// venueNouns name a meeting whose place is where an agreement was made:
// "agreed to a ceasefire in northern Shan State following talks in
// Kunming" is coded at Kunming, as ACLED codes an agreement where it was
// reached, not on the ground it covers.
var venueNouns = newWordSet(map[string]bool{
	"talks": true, "negotiations": true, "meeting": true, "meetings": true, "summit": true,
	"signed": true, "signing": true, "ceremony": true, "mediation": true, "dialogue": true,
})

// venueBonus is what the venue of talks gains, in tokens of distance, for a
// strategic development over the area the agreement names nearer the
// trigger.
const venueBonus = 15

// venue reports a place named as where talks were held: "talks in
// Kunming", "negotiations held in Doha", "signed at Lomé".
func venue(in *Input, s text.Sentence, a anchor, typ string) bool {
	if typ != sitrep.StrategicDevelopmt {
		return false
	}
	d := in.Doc
	k := a.tok - 1
	if k >= s.First && d.Tokens[k].Norm == "the" {
		k--
	}
	if k < s.First || d.Tokens[k].Norm != "in" && d.Tokens[k].Norm != "at" {
		return false
	}
	k--
	if k >= s.First && (d.Tokens[k].Norm == "held" || d.Tokens[k].Norm == "hosted") {
		k--
	}
	return k >= s.First && venueNouns.has(&d.Tokens[k])
}
