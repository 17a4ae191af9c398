package events

import (
	"testing"

	"sitrep"
)

func TestInstallationTarget(t *testing.T) {
	police := ent{"Punjab Police", sitrep.KindStateForce, true, []string{"Punjab Police"}}
	army := ent{"Pakistan Army", sitrep.KindStateForce, true, []string{"Pakistan Army"}}
	bla := ent{"Baloch Liberation Army", sitrep.KindArmedGroup, true, []string{"BLA"}}
	acled := map[string]string{"Punjab Police": "Police Forces of Pakistan (2024-)", "Pakistan Army": "Military Forces of Pakistan (2024-)"}
	tests := []struct{ name, text, trig, want string }{
		{"a police station struck is the police's",
			"Gunmen threw a grenade at a police station in Turbat on Monday. The Punjab Police and the Pakistan Army named no one.",
			"threw", "Punjab Police"},
		{"an army post struck is the army's",
			"Gunmen attacked an army post in Turbat on Monday. The Punjab Police and the Pakistan Army named no one.",
			"attacked", "Pakistan Army"},
		{"an insurgent camp struck is the group the article names most",
			"The Pakistan Army raided an insurgent camp near Turbat on Monday. The BLA denied it, and the BLA said it would fight on.",
			"raided", "Pakistan Army,Baloch Liberation Army"},
		{"a place struck that no force holds adds no side",
			"Gunmen attacked a bus station in Turbat on Monday. The Punjab Police and the Pakistan Army named no one.",
			"attacked", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := fixture{text: tt.text, entities: []ent{police, army, bla}, times: []tim{{"Monday", "2024-05-13"}}}.input(t)
			for i := range in.Entities {
				in.Entities[i].ACLEDName = acled[in.Entities[i].Name]
			}
			if got := actorNames(t, &in, tt.trig, false); got != tt.want {
				t.Errorf("actors = %q, want %q", got, tt.want)
			}
		})
	}
}
