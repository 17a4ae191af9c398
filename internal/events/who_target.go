package events

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// targetReach is how far after the act the object it struck may be named:
// "threw a hand grenade at a police station".
const targetReach = 8

// installations are the places a force holds, named as the target of an act.
var installations = newWordSet(map[string]bool{
	"station": true, "post": true, "checkpoint": true, "checkpost": true, "outpost": true, "base": true,
	"camp": true, "barracks": true, "headquarters": true, "position": true, "positions": true,
})

// holders name who holds an installation: "a police station", "an army
// base", "an insurgent camp", "militant positions".
var (
	policeHolders = newWordSet(map[string]bool{"police": true, "gendarmerie": true})
	armyHolders   = newWordSet(map[string]bool{"army": true, "military": true, "soldiers": true, "troops": true})
	rebelHolders  = newWordSet(map[string]bool{
		"insurgent": true, "insurgents": true, "militant": true, "militants": true, "rebel": true,
		"rebels": true, "jihadist": true, "jihadists": true, "terrorist": true, "terrorists": true,
	})
)

// installationTarget is the force whose installation the act struck, named
// by it rather than by the force ("an attack on a police station", "troops
// attacked an insurgent camp"): the article's police or army, or the armed
// group it names most. "" when the clause strikes no such place or the
// article names no such force.
func installationTarget(in *Input, s text.Sentence, trig int) string {
	d := in.Doc
	for k := trig + 2; k < s.Last && k <= trig+targetReach; k++ {
		t := &d.Tokens[k]
		if t.Kind == text.Punct && t.Norm != "-" {
			return ""
		}
		if !installations.has(t) {
			continue
		}
		h := &d.Tokens[k-1]
		switch {
		case policeHolders.has(h):
			return forceNamed(in, "Police Forces")
		case armyHolders.has(h):
			return forceNamed(in, "Military Forces")
		case rebelHolders.has(h):
			return mainArmedGroup(in)
		}
		return ""
	}
	return ""
}

// forceNamed is the state force of the article whose ACLED name opens with
// prefix ("Police Forces of Pakistan (2024-)"), the one named most.
func forceNamed(in *Input, prefix string) string {
	best, n := "", 0
	for i := range in.Entities {
		e := &in.Entities[i]
		if e.Kind == sitrep.KindStateForce && strings.HasPrefix(e.ACLEDName, prefix) && len(e.Mentions) > n {
			best, n = e.ID, len(e.Mentions)
		}
	}
	return best
}
