package gazetteer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// UserPlace is one place of a user gazetteer file (and of the embedded
// supplement). In TSV the columns are, in order: name, aliases (separated
// by "|"), lat, lon, kind, country, and optionally radius_km and
// population; lines starting with "#" and a header line are skipped. JSON
// is an array of objects with these field names.
type UserPlace struct {
	Name       string   `json:"name"`
	Aliases    []string `json:"aliases"`
	Lat        float64  `json:"lat"`
	Lon        float64  `json:"lon"`
	Kind       string   `json:"kind"`
	Country    string   `json:"country"`
	RadiusKM   float64  `json:"radius_km"`
	Population uint64   `json:"population"`
}

// WithUser returns a gazetteer that also knows the places in the user file
// at path (TSV, or JSON when the file starts with '['). A user place
// replaces built-in places of the same name in the same country.
func (g *Gazetteer) WithUser(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load user gazetteer: %w", err)
	}
	defer f.Close()
	u, err := g.LoadUser(f)
	if err != nil {
		return nil, fmt.Errorf("load user gazetteer %s: %w", path, err)
	}
	return u, nil
}

// LoadUser is WithUser for a reader.
func (g *Gazetteer) LoadUser(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var rows []UserPlace
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '[' {
		if err := json.Unmarshal(t, &rows); err != nil {
			return nil, fmt.Errorf("parse json: %w", err)
		}
		for i, r := range rows {
			if err := r.check(); err != nil {
				return nil, fmt.Errorf("place %d: %w", i+1, err)
			}
		}
	} else if rows, err = parseTSV(data); err != nil {
		return nil, err
	}
	c := g.clone()
	c.addOver(rows)
	return c, nil
}

func (r UserPlace) check() error {
	if strings.TrimSpace(r.Name) == "" {
		return fmt.Errorf("no name")
	}
	if r.Lat < -90 || r.Lat > 90 || r.Lon < -180 || r.Lon > 180 {
		return fmt.Errorf("%s: coordinates out of range", r.Name)
	}
	if _, ok := kindOf(r.Kind); !ok && r.Kind != "" {
		return fmt.Errorf("%s: unknown kind %q", r.Name, r.Kind)
	}
	if len(r.Country) != 2 && r.Country != "" {
		return fmt.Errorf("%s: country %q is not ISO alpha-2", r.Name, r.Country)
	}
	return nil
}

func parseTSV(data []byte) ([]UserPlace, error) {
	var out []UserPlace
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("line %d: want at least 6 tab-separated columns, got %d", n+1, len(f))
		}
		lat, err1 := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		lon, err2 := strconv.ParseFloat(strings.TrimSpace(f[3]), 64)
		if err1 != nil || err2 != nil {
			if len(out) == 0 && strings.EqualFold(strings.TrimSpace(f[0]), "name") {
				continue // header
			}
			return nil, fmt.Errorf("line %d: bad coordinates %q %q", n+1, f[2], f[3])
		}
		r := UserPlace{Name: strings.TrimSpace(f[0]), Lat: lat, Lon: lon,
			Kind: strings.TrimSpace(f[4]), Country: strings.TrimSpace(f[5])}
		for _, a := range strings.Split(f[1], "|") {
			if a = strings.TrimSpace(a); a != "" {
				r.Aliases = append(r.Aliases, a)
			}
		}
		if len(f) > 6 && strings.TrimSpace(f[6]) != "" {
			if r.RadiusKM, err1 = strconv.ParseFloat(strings.TrimSpace(f[6]), 64); err1 != nil {
				return nil, fmt.Errorf("line %d: bad radius %q", n+1, f[6])
			}
		}
		if len(f) > 7 && strings.TrimSpace(f[7]) != "" {
			if r.Population, err1 = strconv.ParseUint(strings.TrimSpace(f[7]), 10, 64); err1 != nil {
				return nil, fmt.Errorf("line %d: bad population %q", n+1, f[7])
			}
		}
		if err := r.check(); err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		out = append(out, r)
	}
	return out, nil
}
