package web

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"

	basemapdata "sitrep/data/basemap"
)

// basemap is the embedded country outlines, decoded once at start.
type basemap struct {
	countries []country
}

type country struct {
	name  string
	rings []ring
}

// ring is one closed outline in degrees with its bounding box, so a map
// window skips rings it cannot see without projecting them.
type ring struct {
	pts                    []float32 // lon, lat, lon, lat, …
	minX, minY, maxX, maxY float64
}

func loadBasemap() (*basemap, error) {
	zr, err := gzip.NewReader(bytes.NewReader(basemapdata.CountriesGz))
	if err != nil {
		return nil, fmt.Errorf("read basemap: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read basemap: %w", err)
	}
	var raw []struct {
		N string  `json:"n"`
		R [][]int `json:"r"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("decode basemap: %w", err)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("decode basemap: no countries")
	}
	m := &basemap{countries: make([]country, 0, len(raw))}
	for _, c := range raw {
		cc := country{name: c.N}
		for _, r := range c.R {
			if len(r) < 6 || len(r)%2 != 0 {
				continue
			}
			rg := ring{pts: make([]float32, len(r)), minX: 1e9, minY: 1e9, maxX: -1e9, maxY: -1e9}
			for i, v := range r {
				f := float64(v) / 100
				rg.pts[i] = float32(f)
				if i%2 == 0 {
					rg.minX, rg.maxX = min(rg.minX, f), max(rg.maxX, f)
				} else {
					rg.minY, rg.maxY = min(rg.minY, f), max(rg.maxY, f)
				}
			}
			cc.rings = append(cc.rings, rg)
		}
		m.countries = append(m.countries, cc)
	}
	return m, nil
}
