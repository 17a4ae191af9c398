package events

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// labelReach is how many tokens a sub-event label may take before its
// colon: "Headquarters or base established:" is four words.
const labelReach = 8

// subEventLabels are the sub-event labels that open an ACLED-style note
// ("Arrests: On 13 June 2024, ..."), folded, their words joined by single
// spaces (slashes and hyphens dropped), with the ACLED short forms notes use.
// The coder's label is the event's type: what the sentence goes on to tell
// ("detained 14 people during a raid", "seized rifles and three IEDs") is
// that one event told in detail, not a second act.
var subEventLabels = map[string]trigger{}

func init() {
	label := func(typ, sub string, forms ...string) {
		for _, f := range forms {
			subEventLabels[f] = trigger{typ, sub, labelled, true}
		}
	}
	label(sitrep.Battles, subArmedClash, "armed clash")
	label(sitrep.Battles, subGovRegains, "government regains territory")
	label(sitrep.Battles, subNSAOvertakes, "non state actor overtakes territory")
	label(sitrep.ExplosionsRemote, subAirDrone, "air drone strike")
	label(sitrep.ExplosionsRemote, subShelling, "shelling artillery missile attack")
	label(sitrep.ExplosionsRemote, subIED, "remote explosive landmine ied")
	label(sitrep.ExplosionsRemote, subSuicide, "suicide bomb")
	label(sitrep.ExplosionsRemote, subGrenade, "grenade")
	label(sitrep.ViolenceCivilians, subAbduction, "abduction forced disappearance", "abduction")
	label(sitrep.ViolenceCivilians, subSexual, "sexual violence")
	label(sitrep.Protests, subPeaceful, "peaceful protest")
	label(sitrep.Protests, subIntervention, "protest with intervention")
	label(sitrep.Protests, subExcessive, "excessive force against protesters")
	label(sitrep.Riots, subViolentDemo, "violent demonstration")
	label(sitrep.Riots, subMob, "mob violence")
	label(sitrep.StrategicDevelopmt, subAgreement, "agreement")
	label(sitrep.StrategicDevelopmt, subArrests, "arrests", "arrest")
	label(sitrep.StrategicDevelopmt, subChangeGroup, "change to group activity")
	label(sitrep.StrategicDevelopmt, subLooting, "looting property destruction", "looting", "property destruction")
	label(sitrep.StrategicDevelopmt, subTransfer, "non violent transfer of territory")
	label(sitrep.StrategicDevelopmt, subHQ, "headquarters or base established", "headquarters established",
		"base established")
	label(sitrep.StrategicDevelopmt, subDisrupted, "disrupted weapons use", "weapons seizure")
}

// subEventLabel returns the trigger of a sub-event label opening sentence s
// and the first token after its colon. Only a sentence with a colon among
// its first few tokens builds the label's key, so the map is asked about
// once in a few sentences, not per token.
func subEventLabel(d *text.Doc, s text.Sentence) (trigger, int, bool) {
	colon := -1
	for k := s.First; k < s.Last && k < s.First+labelReach; k++ {
		t := &d.Tokens[k]
		if t.Norm == ":" {
			colon = k
			break
		}
		if t.Kind == text.Number || t.Kind == text.Punct && t.Norm != "-" && t.Norm != "/" {
			return trigger{}, 0, false
		}
	}
	if colon <= s.First || colon+1 >= s.Last {
		return trigger{}, 0, false
	}
	var b strings.Builder
	for k := s.First; k < colon; k++ {
		if d.Tokens[k].Kind != text.Word {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.Tokens[k].Norm)
	}
	tr, ok := subEventLabels[b.String()]
	return tr, colon + 1, ok
}

// labelledTriggers is what a labelled sentence yields: the label's type at
// the first act the sentence tells after the label, so that its place,
// time and actors are read where the act is, or just after the colon when
// no trigger word names it ("recovered 2 rocket launchers").
func labelledTriggers(tr trigger, after int, fs []found) []found {
	tok := after
	for _, f := range fs {
		if f.tok >= after {
			tok = f.tok
			break
		}
	}
	return []found{{tok, tr}}
}
