package events

import (
	"strings"
	"testing"

	"sitrep"
)

// TestYieldedGround covers a withdrawal or surrender told beside a capture:
// the side that lost the ground yields it in the capture, whichever side
// it is; a withdrawal told as a handover stays a transfer.
// findTypes runs Find on the fixture and lists each event as "Type|SubType".
func findTypes(t *testing.T, f fixture) []string {
	t.Helper()
	var got []string
	for _, ev := range Find(f.input(t)) {
		got = append(got, ev.Type+"|"+ev.SubType)
	}
	return got
}

func TestYieldedGround(t *testing.T) {
	kaya := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	day := []tim{{"on Sunday", "2024-05-12"}}
	for _, pair := range [][2]string{{"Northern", "Southern"}, {"Southern", "Northern"}} {
		taker := ent{pair[0] + " Front", sitrep.KindArmedGroup, true, []string{pair[0] + " Front"}}
		loser := ent{pair[1] + " Army", sitrep.KindStateForce, true, []string{pair[1] + " Army"}}
		blue := ent{"Blue Mission", sitrep.KindStateForce, false, []string{"Blue Mission"}}
		tests := []struct {
			name, text string
			want       []string
		}{
			{"the loser's withdrawal is the capture",
				"The " + pair[0] + " Front captured Kaya from the " + pair[1] + " Army on Sunday.\n\n" +
					"The " + pair[1] + " Army withdrew from its positions in Kaya on Sunday.",
				[]string{"Battles|Non-state actor overtakes territory"}},
			{"the loser's surrender is the capture",
				"The " + pair[0] + " Front captured Kaya from the " + pair[1] + " Army on Sunday.\n\n" +
					"More than 150 soldiers of the " + pair[1] + " Army surrendered in Kaya on Sunday.",
				[]string{"Battles|Non-state actor overtakes territory"}},
			{"a withdrawal with a handover is a transfer",
				"The " + pair[0] + " Front captured Kaya from the " + pair[1] + " Army on Sunday.\n\n" +
					"The Blue Mission withdrew from its camp near Kaya on Sunday and handed it over to the " + pair[1] + " Army.",
				[]string{"Battles|Non-state actor overtakes territory", "Strategic developments|Non-violent transfer of territory"}},
		}
		for _, tc := range tests {
			f := fixture{text: tc.text, entities: []ent{taker, loser, blue}, places: []plc{kaya}, times: day}
			got := findTypes(t, f)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s (%s takes): got %q, want %q", tc.name, pair[0], got, tc.want)
			}
		}
	}
}

// TestRetypeHeadlines covers a headline or live-blog header that names a
// bare attack: it takes the type of the body's act at its place.
func TestRetypeHeadlines(t *testing.T) {
	kaya := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	day := []tim{{"on Sunday", "2024-05-12"}}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a headline attack told as a riot below",
			"Embassies attacked in Kaya\n\nProtesters in Kaya attacked the embassies on Sunday and set fire to cars.",
			[]string{"Riots|Violent demonstration"}},
		{"a live header attack told as a riot below",
			"Live: unrest in the capital\n\nThe president spoke on Sunday.\n\n17:30 – Embassies attacked in Kaya\n\n" +
				"Protesters in Kaya attacked the embassies on Sunday and set fire to cars.",
			[]string{"Riots|Violent demonstration"}},
		{"a headline attack on soldiers stays a battle",
			"Soldiers attacked in Kaya\n\nProtesters in Kaya attacked the embassies on Sunday and set fire to cars.",
			[]string{"Battles|Armed clash", "Riots|Violent demonstration"}},
	}
	for _, tc := range tests {
		f := fixture{text: tc.text, places: []plc{kaya}, times: day}
		got := findTypes(t, f)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestFireInBattle covers the arms one side used, told right after a clash
// at that place: part of the clash, whichever side fired; fire on villages
// is an act of its own.
func TestFireInBattle(t *testing.T) {
	kaya := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	day := []tim{{"on Sunday", "2024-05-12"}}
	for _, pair := range [][2]string{{"rebels", "army"}, {"army", "rebels"}} {
		tests := []struct {
			name, text string
			want       []string
		}{
			{"fire on positions in a clash is the clash",
				"The " + pair[0] + " and the " + pair[1] + " clashed on the outskirts of Kaya on Sunday. " +
					"The " + pair[0] + " said the " + pair[1] + " attacked their positions near Kaya with drones and artillery.",
				[]string{"Battles|Armed clash"}},
			{"shelling villages after a clash is an act of its own",
				"The " + pair[0] + " clashed with the " + pair[1] + " near Kaya on Sunday. " +
					"The " + pair[0] + " then shelled villages near Kaya on Sunday.",
				[]string{"Battles|Armed clash", "Explosions/Remote violence|Shelling/artillery/missile attack"}},
		}
		for _, tc := range tests {
			f := fixture{text: tc.text, places: []plc{kaya}, times: day}
			got := findTypes(t, f)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s (%s fire): got %q, want %q", tc.name, pair[1], got, tc.want)
			}
		}
	}
}

// TestGroundRaids covers raids by troops in an article where the same side
// strikes from the air elsewhere: the raids stay on the ground, whichever
// side it is.
func TestGroundRaids(t *testing.T) {
	for _, side := range []string{"Northern", "Southern"} {
		army := ent{side + " Army", sitrep.KindStateForce, true, []string{side + " jets", side + " troops"}}
		f := fixture{
			text: side + " jets struck a depot in Kaya on Sunday.\n\n" +
				side + " troops carried out raids on fighters in Ouro on Monday.",
			entities: []ent{army},
			places:   []plc{{"Kaya", "Kaya", 13.09, -1.08, 5}, {"Ouro", "Ouro", 14.5, -0.5, 5}},
			times:    []tim{{"on Sunday", "2024-05-12"}, {"on Monday", "2024-05-13"}},
		}
		got := findTypes(t, f)
		want := []string{"Explosions/Remote violence|Air/drone strike", "Battles|Armed clash"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: got %q, want %q", side, got, want)
		}
	}
}
