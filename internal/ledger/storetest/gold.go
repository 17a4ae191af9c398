package storetest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// goldFile is the part of a dev gold file (testdata/dev/*.json) linking
// needs: human-coded events with places, dates and actors.
type goldFile struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Entities  []struct {
		Names []string `json:"names"`
	} `json:"entities"`
	Events []struct {
		Type  []string `json:"type"`
		Sub   string   `json:"sub_type"`
		Place *struct {
			Lat, Lon, KM float64
		} `json:"place"`
		Dates    []string   `json:"dates"`
		Actors   [][]string `json:"actors"`
		Optional bool       `json:"optional"`
	} `json:"events"`
}

// GoldSubmissions turns the dev corpus's gold files into submissions whose
// records hold the gold events, so linking can be tested on human-coded
// reports of real incidents whatever the engine extracts today. Actors are
// keyed by the alias sets they share across the corpus, as a dictionary
// would key them.
// Files that do not parse (a writer mid-file) are returned in bad.
func GoldSubmissions(dir string) (subs []sitrep.Submission, bad []string, err error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, nil, err
	}
	var golds []goldFile
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			bad = append(bad, fmt.Sprintf("%s: %v", p, err))
			continue
		}
		if g.ID == "" {
			g.ID = strings.TrimSuffix(filepath.Base(p), ".json")
		}
		golds = append(golds, g)
	}
	// Union alias sets that share a folded name into one actor key.
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if parent[x] == "" || parent[x] == x {
			parent[x] = x
			return x
		}
		r := find(parent[x])
		parent[x] = r
		return r
	}
	union := func(names []string) {
		if len(names) == 0 {
			return
		}
		a := find(text.Fold(names[0]))
		for _, n := range names[1:] {
			b := find(text.Fold(n))
			if a == b {
				continue
			}
			if b < a {
				a, b = b, a
			}
			parent[b] = a
		}
	}
	for _, g := range golds {
		for _, e := range g.Entities {
			union(e.Names)
		}
		for _, ev := range g.Events {
			for _, a := range ev.Actors {
				union(a)
			}
		}
	}
	for _, g := range golds {
		rec := sitrep.Record{ID: g.ID}
		ents := map[string]string{}
		for i, ev := range g.Events {
			if ev.Optional || len(ev.Type) == 0 || ev.Place == nil || len(ev.Dates) == 0 {
				continue
			}
			dates := append([]string(nil), ev.Dates...)
			sort.Strings(dates)
			e := sitrep.Event{ID: fmt.Sprintf("v%d", i+1), Type: ev.Type[0], SubType: ev.Sub, Date: dates[0], DateEnd: dates[len(dates)-1],
				Place: &sitrep.EventPlace{Lat: ev.Place.Lat, Lon: ev.Place.Lon, PrecisionKM: ev.Place.KM}}
			for _, names := range ev.Actors {
				if len(names) == 0 {
					continue
				}
				key := find(text.Fold(names[0]))
				id, ok := ents[key]
				if !ok {
					id = fmt.Sprintf("e%d", len(ents)+1)
					ents[key] = id
					rec.Entities = append(rec.Entities, sitrep.Entity{ID: id, Name: names[0], Actor: "gold:" + key, Kind: sitrep.KindOther})
				}
				e.Actors = append(e.Actors, id)
			}
			rec.Events = append(rec.Events, e)
		}
		subs = append(subs, Sub(g.ID, "outlet-"+g.ID, g.Published, "gold "+g.ID, rec))
	}
	return subs, bad, nil
}

// IncidentGroups reads testdata/incidents.json: groups of article ids
// that report one incident.
func IncidentGroups(path string) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var groups []struct {
		Articles []string `json:"articles"`
	}
	if err := json.Unmarshal(b, &groups); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([][]string, len(groups))
	for i, g := range groups {
		out[i] = g.Articles
	}
	return out, nil
}
