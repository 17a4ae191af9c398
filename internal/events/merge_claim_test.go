package events

import (
	"strings"
	"testing"

	"sitrep"
)

func TestClaimRestates(t *testing.T) {
	eln := ent{"National Liberation Army", sitrep.KindArmedGroup, true, []string{"ELN"}}
	army := ent{"National Army of Colombia", sitrep.KindStateForce, true, []string{"army"}}
	kaya := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	tests := []struct {
		name, text, said string
		want             []string
	}{
		{"a party's claim of the act just told is that act",
			"A drone launched by the ELN struck the army base in Kaya on Tuesday. The ELN said in a statement that it had attacked an enemy position.",
			"it had attacked an enemy position",
			[]string{"Explosions/Remote violence|2024-05-14|Kaya"}},
		{"a claim with a day of its own is another act",
			"A drone launched by the ELN struck the army base in Kaya on Tuesday. The ELN said in a statement that it had attacked an enemy position on Sunday.",
			"it had attacked an enemy position on Sunday",
			[]string{"Explosions/Remote violence|2024-05-14|Kaya", "Battles|2024-05-12|Kaya"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := fixture{text: tc.text, entities: []ent{eln, army}, places: []plc{kaya},
				times: []tim{{"on Tuesday", "2024-05-14"}, {"on Sunday", "2024-05-12"}}}
			in := f.input(t)
			at := strings.Index(tc.text, tc.said)
			in.Claims = append(in.Claims, sitrep.Claim{ID: "c1", Source: in.Entities[0].ID, Party: true,
				Text: tc.said, Span: sitrep.Span{at, at + len(tc.said)}})
			got := eventRows(in)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
