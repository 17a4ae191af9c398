package events

import (
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// fixture builds an Input from an article and the surface forms the earlier
// stages would have found, so this stage is tested on its own.
type fixture struct {
	text     string
	entities []struct {
		name, kind string
		party      bool
		forms      []string
	}
	places []struct {
		name, form   string
		lat, lon, km float64
	}
	times []struct{ form, value string }
}

func spansOf(t *testing.T, txt, form string) []sitrep.Span {
	var out []sitrep.Span
	for off := 0; ; {
		i := strings.Index(txt[off:], form)
		if i < 0 {
			break
		}
		out = append(out, sitrep.Span{off + i, off + i + len(form)})
		off += i + len(form)
	}
	return out
}

func (f fixture) input(t *testing.T) Input {
	in := Input{Doc: text.Parse(f.text), Published: time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC)}
	for i, e := range f.entities {
		ent := sitrep.Entity{ID: "e" + string(rune('1'+i)), Name: e.name, Kind: e.kind, Party: e.party}
		for _, form := range e.forms {
			ent.Mentions = append(ent.Mentions, spansOf(t, f.text, form)...)
		}
		in.Entities = append(in.Entities, ent)
	}
	for i, p := range f.places {
		in.Places = append(in.Places, sitrep.Place{ID: "p" + string(rune('1'+i)), Name: p.name, Lat: p.lat, Lon: p.lon,
			PrecisionKM: p.km, Kind: "town", Mentions: spansOf(t, f.text, p.form)})
	}
	for _, tm := range f.times {
		in.Times = append(in.Times, sitrep.Time{Text: tm.form, Value: tm.value, Granularity: sitrep.GranDay,
			Mentions: spansOf(t, f.text, tm.form)})
	}
	return in
}

type ent = struct {
	name, kind string
	party      bool
	forms      []string
}
type plc = struct {
	name, form   string
	lat, lon, km float64
}
type tim = struct{ form, value string }

func TestFind(t *testing.T) {
	rsf := ent{"Rapid Support Forces", sitrep.KindArmedGroup, true, []string{"Rapid Support Forces", "RSF"}}
	saf := ent{"Sudanese Armed Forces", sitrep.KindStateForce, true, []string{"Sudanese army"}}
	fasher := plc{"El Fasher", "El Fasher", 13.63, 25.35, 5}
	tests := []struct {
		name string
		f    fixture
		want []string // "type|sub|date|place|actors" per event
	}{
		{
			name: "clash with initiator and target",
			f: fixture{
				text:     "The Rapid Support Forces clashed with the Sudanese army in El Fasher on Sunday.",
				entities: []ent{rsf, saf},
				places:   []plc{fasher},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Battles|Armed clash|2024-05-12|El Fasher|e1,e2"},
		},
		{
			name: "passive strike names its initiator",
			f: fixture{
				text:     "A market in El Fasher was hit by shelling by the RSF on Sunday, killing 12 civilians.",
				entities: []ent{rsf},
				places:   []plc{fasher},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Explosions/Remote violence|Shelling/artillery/missile attack|2024-05-12|El Fasher|e1"},
		},
		{
			name: "mentions across sentences merge",
			f: fixture{
				text:     "Fighting erupted in El Fasher on Sunday between the RSF and the Sudanese army. The clashes killed 30 fighters.",
				entities: []ent{rsf, saf},
				places:   []plc{fasher},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Battles|Armed clash|2024-05-12|El Fasher|e1,e2"},
		},
		{
			name: "threats are not events",
			f: fixture{
				text:     "The RSF threatened to attack El Fasher, and the Sudanese army vowed to defend it.",
				entities: []ent{rsf, saf},
				places:   []plc{fasher},
			},
			want: nil,
		},
		{
			name: "attack on civilians",
			f: fixture{
				text:   "Gunmen attacked a village near El Fasher on Sunday and killed 14 villagers, residents said.",
				places: []plc{fasher},
				times:  []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Violence against civilians|Attack|2024-05-12|El Fasher|"},
		},
		{
			name: "protest dispersed by police",
			f: fixture{
				text:   "Hundreds of protesters marched in El Fasher on Sunday before police fired tear gas to disperse them.",
				places: []plc{fasher},
				times:  []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Protests|Protest with intervention|2024-05-12|El Fasher|"},
		},
		{
			name: "the attack told again with its day and town is one event",
			f: fixture{
				text:     "RSF fighters killed at least 70 people in an attack on a town in North Darfur, officials said.\n\nThe attack occurred early Sunday in El Fasher, residents said.",
				entities: []ent{rsf},
				places:   []plc{{"North Darfur", "North Darfur", 15.0, 25.0, 200}, fasher},
				times:    []tim{{"Sunday", "2024-05-12"}},
			},
			want: []string{"Violence against civilians|Attack|2024-05-12|El Fasher|e1"},
		},
		{
			name: "the attack told in another town is another event",
			f: fixture{
				text:     "RSF fighters killed 70 people in an attack on El Fasher on Sunday.\n\nThe attack in Nyala killed 12 civilians, residents said.",
				entities: []ent{rsf},
				places:   []plc{fasher, {"Nyala", "Nyala", 12.05, 24.88, 6}},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Violence against civilians|Attack|2024-05-12|El Fasher|e1", "Violence against civilians|Attack|2024-05-13|Nyala|e1"},
		},
		{
			name: "a pluperfect act of a new type in a placed paragraph is an event",
			f: fixture{
				text:     "The RSF clashed with the Sudanese army in El Fasher on Sunday. Residents said RSF fighters had looted the main market.",
				entities: []ent{rsf, saf},
				places:   []plc{fasher},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Battles|Armed clash|2024-05-12|El Fasher|e1,e2", "Strategic developments|Looting/property destruction|2024-05-12|El Fasher|e1"},
		},
		{
			name: "an unplaced act in the simple past stays background",
			f: fixture{
				text:     "The RSF clashed with the Sudanese army in El Fasher on Sunday. RSF fighters often loot markets.",
				entities: []ent{rsf, saf},
				places:   []plc{fasher},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Battles|Armed clash|2024-05-12|El Fasher|e1,e2"},
		},
		{
			name: "a pluperfect act in an unplaced paragraph stays background",
			f: fixture{
				text:     "The RSF clashed with the Sudanese army in El Fasher on Sunday.\n\nResidents said RSF fighters had looted the main market.",
				entities: []ent{rsf, saf},
				places:   []plc{fasher},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Battles|Armed clash|2024-05-12|El Fasher|e1,e2"},
		},
		{
			name: "a pluperfect act of a type already told is no new event",
			f: fixture{
				text:     "The RSF shelled El Fasher on Sunday. Residents said the RSF had shelled the market.",
				entities: []ent{rsf},
				places:   []plc{fasher},
				times:    []tim{{"on Sunday", "2024-05-12"}},
			},
			want: []string{"Explosions/Remote violence|Shelling/artillery/missile attack|2024-05-12|El Fasher|e1"},
		},
		{
			name: "two days, two events",
			f: fixture{
				text:   "Israeli airstrikes hit Rafah on Monday. On Tuesday, fighting broke out in Jabalia.",
				places: []plc{{"Rafah", "Rafah", 31.29, 34.25, 5}, {"Jabalia", "Jabalia", 31.53, 34.48, 5}},
				times:  []tim{{"on Monday", "2024-05-13"}, {"On Tuesday", "2024-05-14"}},
			},
			want: []string{
				"Explosions/Remote violence|Air/drone strike|2024-05-13|Rafah|",
				"Battles|Armed clash|2024-05-14|Jabalia|",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.f.input(t)
			// Times found in lower case in fixtures keep their form.
			var got []string
			for _, ev := range Find(in) {
				place := ""
				if ev.Place != nil {
					place = ev.Place.Name
				}
				got = append(got, strings.Join([]string{ev.Type, ev.SubType, ev.Date, place, strings.Join(ev.Actors, ",")}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("The RSF clashed with the army in El Fasher on Sunday, killing 12.")
	f.Add("airstrike")
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Parse(s)
		in := Input{Doc: d, Published: time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC)}
		if len(d.Tokens) > 0 {
			tk := d.Tokens[0]
			in.Entities = []sitrep.Entity{{ID: "e1", Kind: sitrep.KindArmedGroup, Mentions: []sitrep.Span{{tk.Start, tk.End}}}}
			in.Places = []sitrep.Place{{ID: "p1", Name: "X", Mentions: []sitrep.Span{{tk.Start, tk.End}}}}
			in.Times = []sitrep.Time{{Value: "2024-05-12", Granularity: sitrep.GranDay, Mentions: []sitrep.Span{{tk.Start, tk.End}}}}
		}
		for _, ev := range Find(in) {
			if ev.Span[0] < 0 || ev.Span[1] > len(s) {
				t.Fatalf("span %v outside text", ev.Span)
			}
		}
	})
}
