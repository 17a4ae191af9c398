package events

import (
	"slices"
	"strings"
	"testing"

	"sitrep"
)

func TestEntryHeaders(t *testing.T) {
	places := []plc{{"Kaya", "Kaya", 13.09, -1.08, 5}, {"Korsimoro", "Korsimoro", 12.82, -1.07, 3},
		{"Ouagadougou", "Ouagadougou", 12.37, -1.52, 10}}
	tests := []struct {
		name, text string
		want       []string // "type|date|place" per event
	}{
		{"a live blog's entry header folds into its entry's act",
			"Live: fighting in the north\n\n15:40 GMT - Drone hits car near Kaya\n\nA drone struck a car in Korsimoro on Monday, killing three.\n\n" +
				"12:20 GMT - Shelling hits Ouagadougou\n\nShells struck a market in Ouagadougou on Monday.",
			[]string{"Explosions/Remote violence|2024-05-13|Korsimoro", "Explosions/Remote violence|2024-05-13|Ouagadougou"}},
		{"a clock time opening a sentence of a paragraph is no header",
			"Live: fighting in the north\n\nA drone struck a car in Korsimoro on Monday. 15:40 GMT - drone hits car near Kaya",
			[]string{"Explosions/Remote violence|2024-05-13|Korsimoro", "Explosions/Remote violence|2024-05-13|Kaya"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := fixture{text: tc.text, places: places}.input(t)
			in.Times = append(in.Times, sitrep.Time{Text: "on Monday", Value: "2024-05-13", Granularity: sitrep.GranDay,
				Mentions: spansOf(t, tc.text, "on Monday")})
			got := eventRows(in)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestHeadlineListFolds(t *testing.T) {
	places := []plc{{"North-West", "North-West", 6.3, 10.3, 90}, {"South-West", "South-West", 4.6, 9.4, 80},
		{"Bali", "Bali", 5.89, 10.01, 3}, {"Buea", "Buea", 4.15, 9.24, 4}}
	text := "Cameroon: North-West and South-West - attacks on schools (as of 14 May 2024)\n\nOn Sunday, gunmen attacked a school in Bali, officials said."
	in := fixture{text: text, places: places}.input(t)
	in.Times = append(in.Times, sitrep.Time{Text: "14 May 2024", Value: "2024-05-14", Granularity: sitrep.GranDay,
		Mentions: spansOf(t, text, "14 May 2024")}, sitrep.Time{Text: "On Sunday", Value: "2024-05-12", Granularity: sitrep.GranDay,
		Mentions: spansOf(t, text, "On Sunday")})
	var got []string
	for _, ev := range Find(in) {
		got = append(got, ev.Type+"|"+ev.Place.Name)
	}
	slices.Sort(got)
	// The body tells the North-West's act; the South-West's stays the
	// headline's.
	if want := "Violence against civilians|Bali,Violence against civilians|South-West"; strings.Join(got, ",") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDigestTitle(t *testing.T) {
	places := []plc{{"Kaya", "Kaya", 13.09, -1.08, 5}, {"Korsimoro", "Korsimoro", 12.82, -1.07, 3}}
	tests := []struct {
		name, text, span, end string
		want                  []string
	}{
		{"a digest's title over a period its notes fall in tells no act",
			"Burkina Faso: protests, 9-13 May 2024\n\nOn 9 May 2024, protesters set fire to the town hall in Kaya.\n\nOn 12 May 2024, rioters looted shops in Korsimoro.",
			"9-13 May 2024", "2024-05-13",
			[]string{"Riots|2024-05-09|Kaya", "Riots|2024-05-12|Korsimoro"}},
		{"a headline over an overnight act is no digest",
			"Burkina Faso: protests overnight 9-10 May 2024\n\nOn 9 May 2024, protesters set fire to the town hall in Kaya.\n\nOn 10 May 2024, rioters looted shops in Korsimoro.",
			"9-10 May 2024", "2024-05-10",
			[]string{"Protests|2024-05-09|", "Riots|2024-05-09|Kaya", "Riots|2024-05-10|Korsimoro"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := fixture{text: tc.text, places: places}.input(t)
			in.Times = append(in.Times, sitrep.Time{Text: tc.span, Value: "2024-05-09", End: tc.end, Granularity: sitrep.GranDay,
				Mentions: spansOf(t, tc.text, tc.span)})
			for _, d := range []string{"9 May 2024", "10 May 2024", "12 May 2024"} {
				if sp := spansOf(t, tc.text, "On "+d); len(sp) > 0 {
					in.Times = append(in.Times, sitrep.Time{Text: "On " + d, Value: "2024-05-" + fmt2(d), Granularity: sitrep.GranDay, Mentions: sp})
				}
			}
			got := eventRows(in)
			slices.Sort(got)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// fmt2 is the zero-padded day of "9 May 2024".
func fmt2(d string) string {
	day := strings.Fields(d)[0]
	if len(day) == 1 {
		return "0" + day
	}
	return day
}

// eventRows runs Find and writes each event as "type|date|place".
func eventRows(in Input) []string {
	var rows []string
	for _, ev := range Find(in) {
		place := ""
		if ev.Place != nil {
			place = ev.Place.Name
		}
		rows = append(rows, ev.Type+"|"+ev.Date+"|"+place)
	}
	return rows
}
