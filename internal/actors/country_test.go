package actors

import (
	"strings"
	"testing"

	"sitrep/internal/text"
)

// countryNamedScan is countryNamed as a plain scan of the states, the
// definition the load-time index must agree with.
func countryNamedScan(d *Dictionary, name string) *Country {
	f := strings.ReplaceAll(text.Fold(name), ".", "")
	dotted := strings.Contains(name, ".")
	for _, c := range d.countries {
		if text.Fold(c.Name) == f || dotted && strings.EqualFold(c.Code, f) {
			return c
		}
		for _, a := range c.Aliases {
			if strings.ReplaceAll(text.Fold(a), ".", "") == f {
				return c
			}
		}
	}
	return nil
}

func TestCountryNamed(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tb := &Table{dict: d}
	names := []string{"U.S.", "U.K.", "US", "Israel", "Al", "D.R.C.", "Ivory Coast", "the Sudan", "Gaza", ""}
	for _, c := range d.countries {
		names = append(names, c.Name, strings.ToUpper(c.Name), c.Code, c.Code[:1]+"."+c.Code[1:]+".")
		names = append(names, c.Aliases...)
	}
	found := 0
	for _, n := range names {
		got, want := tb.countryNamed(n), countryNamedScan(d, n)
		if got != want {
			t.Errorf("countryNamed(%q) = %v, want %v", n, got, want)
		}
		if got != nil {
			found++
		}
	}
	if found < len(d.countries) {
		t.Errorf("only %d of %d forms named a state", found, len(names))
	}
	if c := tb.countryNamed("U.S."); c == nil || c.Code != "US" {
		t.Errorf(`countryNamed("U.S.") = %v, want the United States`, c)
	}
}
