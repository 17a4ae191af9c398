package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/text"
)

func TestWithUser(t *testing.T) {
	g := loadDefault(t)
	dir := t.TempDir()
	tsv := filepath.Join(dir, "places.tsv")
	if err := os.WriteFile(tsv, []byte("name\taliases\tlat\tlon\tkind\tcountry\n"+
		"# a front-line village no dataset has\n"+
		"Nyamilima Ridge\tNyamilima|Nyamilima heights\t-1.05\t29.45\tvillage\tCD\t2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(dir, "places.json")
	if err := os.WriteFile(js, []byte(`[{"name": "Goma", "aliases": ["Goma town"], "lat": -1.68, "lon": 29.22, "kind": "city", "country": "CD", "radius_km": 9}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	u, err := g.WithUser(tsv)
	if err != nil {
		t.Fatal(err)
	}
	u, err = u.WithUser(js)
	if err != nil {
		t.Fatal(err)
	}
	in := "Rebels shelled Nyamilima, north of Goma in eastern Congo, on Monday."
	got := u.Places(text.Parse(in), nil)
	p, ok := findText(got, "Nyamilima")
	if !ok || km(p.Lat, p.Lon, -1.05, 29.45) > 1 || p.Name != "Nyamilima Ridge" || p.PrecisionKM != 2 {
		t.Errorf("user place: %+v (all: %s)", p, summary(got))
	}
	if p, ok := findText(got, "Goma"); !ok || p.PrecisionKM != 9 || p.GeonamesID != 0 {
		t.Errorf("user override of Goma: %+v", p)
	}
	// The original gazetteer is unchanged.
	if _, ok := findText(g.Places(text.Parse(in), nil), "Nyamilima"); ok {
		t.Error("WithUser changed the receiver")
	}
}

func TestUserErrors(t *testing.T) {
	g := loadDefault(t)
	for _, bad := range []string{
		"Place\t\tnot-a-number\t29\tvillage\tCD\n",
		"Place\t\t1\t2\tspaceship\tCD\n",
		"Place\t\t1\t2\tvillage\tCOD\n",
		"Place\t\t100\t2\tvillage\tCD\n",
		"too\tfew\n",
		`[{"name": "", "lat": 1, "lon": 2}]`,
		`[{"name": "x", "lat": "north"}]`,
	} {
		if _, err := g.LoadUser(strings.NewReader(bad)); err == nil {
			t.Errorf("LoadUser(%q) accepted bad input", bad)
		}
	}
	if _, err := g.WithUser(filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Error("missing file accepted")
	}
}

func TestIndexRoundTrip(t *testing.T) {
	entries := []Entry{
		{Name: "Testland", Lat: 10, Lon: 20, Country: "TL", Kind: "country", Admin1: -1, RadiusKM: 300},
		{Name: "North Province", Lat: 11, Lon: 20, Country: "TL", Kind: "region", Admin1: -1, RadiusKM: 80},
		{Name: "Alpha", Lat: 11.5, Lon: 20.25, Pop: 12000, GeonameID: 42, Country: "TL", Kind: "town", Flags: FlagSeat1, Admin1: 1},
		{Name: "Alpha Beta", Lat: -5.5, Lon: -70.125, Pop: 600, Country: "ZZ", Kind: "village", Admin1: -1},
	}
	names := []NameRef{
		{Name: "testland", Place: 0}, {Name: "north province", Place: 1}, {Name: "north", Place: 1, Alt: true},
		{Name: "alpha", Place: 2}, {Name: "alpha", Place: 3, Alt: true, Common: true}, {Name: "alpha beta", Place: 3},
	}
	b, err := Encode(entries, names, map[string]string{"testish": "TL"})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := openIndex(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := openIndex(b[:len(b)-1]); err == nil {
		t.Error("truncated index accepted")
	}
	p := ix.place(2)
	if p.lat != 11.5 || p.lon != 20.25 || p.pop != 12000 || p.gid != 42 || p.country != "TL" || p.kind != kindTown || p.admin1 != 1 || ix.name(2) != "Alpha" {
		t.Errorf("place 2 = %+v %q", p, ix.name(2))
	}
	if p := ix.place(3); p.lat != -5.5 || p.lon != -70.125 || p.admin1 != -1 {
		t.Errorf("place 3 = %+v", p)
	}
	tests := []struct {
		key         string
		exact, more bool
		posts       int
	}{
		{"alpha", true, true, 2},
		{"alpha beta", true, false, 1},
		{"alph", false, false, 0},
		{"north", true, true, 1},
		{"zzz", false, false, 0},
		{"a", false, false, 0},
	}
	for _, tc := range tests {
		i, more := ix.find([]byte(tc.key))
		if (i >= 0) != tc.exact || more != tc.more {
			t.Errorf("find(%q) = %d, %v; want exact %v more %v", tc.key, i, more, tc.exact, tc.more)
		}
		if i >= 0 {
			if ps := ix.postings(i, nil); len(ps) != tc.posts {
				t.Errorf("postings(%q) = %v", tc.key, ps)
			}
		}
	}
	if ix.demonyms()["testish"] != "TL" {
		t.Errorf("demonyms = %v", ix.demonyms())
	}
}
