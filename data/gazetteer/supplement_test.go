package gazdata

import (
	"strconv"
	"strings"
	"testing"
)

// TestSupplementRows checks every hand-kept row: the columns the user
// gazetteer format wants, a point on the globe, a known kind, a two-letter
// country (empty only for seas and other features that span countries), a
// radius for areas and regions, and no name given twice in one country.
func TestSupplementRows(t *testing.T) {
	kinds := map[string]bool{"country": true, "region": true, "city": true, "town": true,
		"village": true, "camp": true, "area": true}
	seen := map[string]int{}
	rows := 0
	for n, line := range strings.Split(string(Supplement()), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows++
		f := strings.Split(line, "\t")
		if len(f) < 6 || len(f) > 8 {
			t.Errorf("line %d: %d columns, want 6 to 8: %q", n+1, len(f), line)
			continue
		}
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			t.Errorf("line %d: bad point %q %q", n+1, f[2], f[3])
		}
		if !kinds[f[4]] {
			t.Errorf("line %d: unknown kind %q", n+1, f[4])
		}
		cc := f[5]
		if cc != "" && (len(cc) != 2 || strings.ToUpper(cc) != cc) {
			t.Errorf("line %d: country %q is not ISO alpha-2", n+1, cc)
		}
		if cc == "" && f[4] != "area" {
			t.Errorf("line %d: only an area may span countries", n+1)
		}
		if (f[4] == "area" || f[4] == "region" || f[4] == "country") && (len(f) < 7 || f[6] == "") {
			t.Errorf("line %d: a %s needs a radius", n+1, f[4])
		}
		if len(f) > 6 && f[6] != "" {
			if r, err := strconv.ParseFloat(f[6], 64); err != nil || r <= 0 || r > 3000 {
				t.Errorf("line %d: bad radius %q", n+1, f[6])
			}
		}
		for _, name := range append([]string{f[0]}, strings.Split(f[1], "|")...) {
			if name == "" {
				continue
			}
			// Folding makes case and hyphens one name.
			key := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, "-", " "))), " ") + "/" + cc
			if prev, dup := seen[key]; dup {
				t.Errorf("line %d: %q in %q already named on line %d", n+1, name, cc, prev)
			}
			seen[key] = n + 1
		}
	}
	if rows < 300 {
		t.Errorf("supplement has %d rows, want the conflict places kept (300+)", rows)
	}
}
