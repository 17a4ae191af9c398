package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"sitrep"
)

func sample() sitrep.Record {
	src := "e3"
	return sitrep.Record{
		ID: "a1", Published: "2024-05-13", Title: "Shells hit camp", Outlet: "Reuters",
		Entities: []sitrep.Entity{
			{ID: "e1", Name: "RSF", Kind: sitrep.KindArmedGroup, Party: true, ACLEDName: "Rapid Support Forces"},
			{ID: "e2", Name: "civilians", Kind: sitrep.KindCivilians},
			{ID: "e3", Name: "MSF", Kind: sitrep.KindNGO, Independent: true},
		},
		Events: []sitrep.Event{
			{ID: "v1", Type: sitrep.ExplosionsRemote, SubType: "Shelling/artillery/missile attack", Date: "2024-05-12", DateEnd: "2024-05-12",
				Place: &sitrep.EventPlace{Name: "Zamzam", Lat: 13.5, Lon: 25.28, PrecisionKM: 3, Country: "SD"}, Actors: []string{"e1", "e2"}},
			{ID: "v2", Type: sitrep.Battles, Date: "2024-05", Actors: []string{"e1"}},
		},
		Counts: []sitrep.Count{{ID: "n1", Min: 8, Status: sitrep.StatusKilled, Source: &src}, {ID: "n2", Min: 3, Status: sitrep.StatusKilled, Source: &src}},
	}
}

func TestACLED(t *testing.T) {
	var b bytes.Buffer
	err := WriteACLED(&b, []sitrep.Record{sample()}, Options{CountryName: func(c string) string {
		return map[string]string{"SD": "Sudan"}[c]
	}})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := "event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities"; strings.Join(rows[0], ",") != want {
		t.Fatalf("header %v", rows[0])
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want header and 2 events", len(rows))
	}
	get := func(row []string, col string) string {
		for i, c := range ACLEDColumns {
			if c == col {
				return row[i]
			}
		}
		t.Fatalf("no column %s", col)
		return ""
	}
	cases := []struct{ col, want string }{
		{"event_date", "2024-05-12"}, {"year", "2024"}, {"time_precision", "1"}, {"disorder_type", "Political violence"},
		{"actor1", "Rapid Support Forces"}, {"inter1", "2"}, {"actor2", "civilians"}, {"inter2", "7"}, {"interaction", "27"},
		{"country", "Sudan"}, {"location", "Zamzam"}, {"latitude", "13.5000"}, {"geo_precision", "1"},
		{"source", "Reuters"}, {"notes", "Shells hit camp"}, {"fatalities", "0"},
	}
	for _, c := range cases {
		if got := get(rows[1], c.col); got != c.want {
			t.Errorf("%s = %q, want %q", c.col, got, c.want)
		}
	}
	if got := get(rows[2], "time_precision"); got != "3" {
		t.Errorf("month-level event time_precision %s, want 3", got)
	}
	if got := get(rows[2], "interaction"); got != "20" {
		t.Errorf("sole actor interaction %s, want 20", got)
	}
}

func TestFatalitiesFromCounts(t *testing.T) {
	rec := sample()
	rec.Events = rec.Events[:1]
	rec.Events[0].Counts = []string{"n1", "n2"}
	var b bytes.Buffer
	if err := WriteACLED(&b, []sitrep.Record{rec}, Options{}); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&b).ReadAll()
	if got := rows[1][len(ACLEDColumns)-1]; got != "8" {
		t.Errorf("fatalities %s, want MSF's headline 8", got)
	}
	if got := rows[1][13]; got != "SD" {
		t.Errorf("country without names %q, want the code", got)
	}
}

func TestGeoJSON(t *testing.T) {
	var b bytes.Buffer
	g, err := NewGeoJSON(&b)
	if err != nil {
		t.Fatal(err)
	}
	rec := sample()
	if err := g.WriteRecord(&rec); err != nil {
		t.Fatal(err)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string
		Features []struct {
			Geometry struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal(b.Bytes(), &fc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 1 {
		t.Fatalf("%s with %d features, want 1 (the unplaced event skipped)", fc.Type, len(fc.Features))
	}
	f := fc.Features[0]
	if f.Geometry.Coordinates[0] != 25.28 || f.Geometry.Coordinates[1] != 13.5 || f.Properties["type"] != sitrep.ExplosionsRemote {
		t.Errorf("feature %+v", f)
	}
}

func TestJSONL(t *testing.T) {
	var b bytes.Buffer
	j := NewJSONL(&b)
	for _, v := range []any{map[string]string{"a": "<b>"}, []int{1}} {
		if err := j.Write(v); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	if got := b.String(); got != "{\"a\":\"<b>\"}\n[1]\n" {
		t.Errorf("jsonl %q", got)
	}
}

func TestACLEDActorNameForTheEventsYear(t *testing.T) {
	rec := sample()
	rec.Entities[0] = sitrep.Entity{ID: "e1", Name: "Mexican army", Kind: sitrep.KindStateForce, Party: true, Country: "MX",
		ACLEDName: "Military Forces of Mexico (2024-)"}
	rec.Events = rec.Events[:1]
	rec.Events[0].Date, rec.Events[0].DateEnd = "2021-03-03", "2021-03-03"
	var gotCalls []string
	var b bytes.Buffer
	err := WriteACLED(&b, []sitrep.Record{rec}, Options{ActorName: func(acled, country string, year int) string {
		gotCalls = append(gotCalls, fmt.Sprintf("%s|%s|%d", acled, country, year))
		if country == "MX" && year < 2024 {
			return "Military Forces of Mexico (2018-2024)"
		}
		return acled
	}})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := rows[1][6]; got != "Military Forces of Mexico (2018-2024)" {
		t.Errorf("actor1 %q, want the 2018-2024 name for a 2021 event", got)
	}
	// Only actors that have an ACLED name are renamed; civilians keep theirs.
	if want := []string{"Military Forces of Mexico (2024-)|MX|2021"}; strings.Join(gotCalls, ",") != strings.Join(want, ",") {
		t.Errorf("ActorName calls %v, want %v", gotCalls, want)
	}
}

func TestInterCodes(t *testing.T) {
	tests := []struct {
		kind, name string
		want       int
	}{
		{sitrep.KindStateForce, "Military Forces of Kenya (2022-)", 1},
		{sitrep.KindArmedGroup, "Rapid Support Forces", 2},
		{sitrep.KindCivilians, "Rioters (Kenya)", 5},
		{sitrep.KindCivilians, "Protesters (Kenya)", 6},
		{sitrep.KindCivilians, "Civilians (Kenya)", 7},
		{sitrep.KindNGO, "MSF", 8},
	}
	for _, tc := range tests {
		if got := interCode(tc.kind, tc.name); got != tc.want {
			t.Errorf("interCode(%s, %q) = %d, want %d", tc.kind, tc.name, got, tc.want)
		}
	}
}
