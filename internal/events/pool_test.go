package events

import (
	"encoding/json"
	"testing"

	"sitrep"
)

// TestFindReusesNoResult guards the pooled working memory: an article's
// events neither depend on the articles coded before it nor change when
// later articles reuse the memory.
func TestFindReusesNoResult(t *testing.T) {
	rsf := ent{"Rapid Support Forces", sitrep.KindArmedGroup, true, []string{"Rapid Support Forces", "RSF"}}
	saf := ent{"Sudanese Armed Forces", sitrep.KindStateForce, true, []string{"Sudanese army"}}
	fasher := plc{"El Fasher", "El Fasher", 13.63, 25.35, 5}
	long := fixture{
		text: "The RSF clashed with the Sudanese army in El Fasher on Sunday. Residents said RSF fighters had looted the main market. " +
			"The RSF shelled El Fasher on Sunday, killing 12 civilians. Fighting erupted in El Fasher on Sunday between the RSF and the Sudanese army.",
		entities: []ent{rsf, saf},
		places:   []plc{fasher},
		times:    []tim{{"on Sunday", "2024-05-12"}},
	}
	short := fixture{
		text:   "Israeli airstrikes hit Rafah on Monday. On Tuesday, fighting broke out in Jabalia.",
		places: []plc{{"Rafah", "Rafah", 31.29, 34.25, 5}, {"Jabalia", "Jabalia", 31.53, 34.48, 5}},
		times:  []tim{{"on Monday", "2024-05-13"}, {"On Tuesday", "2024-05-14"}},
	}
	encode := func(evs []sitrep.Event) string {
		b, err := json.Marshal(evs)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, order := range [][2]fixture{{long, short}, {short, long}} {
		first := Find(order[0].input(t))
		before := encode(first)
		if len(first) == 0 {
			t.Fatalf("no events in %q", order[0].text)
		}
		Find(order[1].input(t))
		again := Find(order[0].input(t))
		if got := encode(first); got != before {
			t.Errorf("later calls changed an earlier result:\n got %s\nwant %s", got, before)
		}
		if got := encode(again); got != before {
			t.Errorf("result depends on the article before:\n got %s\nwant %s", got, before)
		}
	}
}
