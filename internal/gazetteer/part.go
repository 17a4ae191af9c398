package gazetteer

import (
	"encoding/binary"
	"math"
	"slices"
	"sync"
)

// A directional part of a country or region ("southern Lebanon", "northern
// Gezira") is where its own places lie in that direction, not a shift of
// its centroid: a country's point may sit anywhere in it, and its south may
// lie to one side (south Lebanon is on the coast, not below the middle).

// partShares are the shares of a container's extent, measured along the
// bearing from its far edge, that the part covers: the first that holds
// enough places.
var partShares = [...]float64{0.25, 0.35, 0.5}

// partTrim is the per mille of places at either end of the extent left
// out, so that an outlying island does not stretch it.
const partTrim = 5

// minPartPlaces is the fewest places that make a part's mean meaningful.
const minPartPlaces = 8

// part is the point and radius of one directional part.
type part struct {
	lat, lon, radius float64
	ok               bool
}

// partCache holds each container's eight parts once computed: the members
// of a country are found by one pass over the index, paid once per process.
type partCache struct {
	mu sync.Mutex
	m  map[int]*[8]part
}

// dirPart returns the part of container c (a country or a region of the
// index) toward bearing b.
func (g *Gazetteer) dirPart(c place, b float64) (part, bool) {
	if c.kind > kindRegion {
		return part{}, false
	}
	if c.idx >= g.ix.n {
		// A hand-kept country or region has no members of its own: its
		// index twin has.
		var ok bool
		if c, ok = g.twins.get(g, c); !ok {
			return part{}, false
		}
	}
	d := int(math.Round(b/45)) % 8
	pc := &g.ix.parts
	pc.mu.Lock()
	ps, ok := pc.m[c.idx]
	pc.mu.Unlock()
	if !ok {
		ps = g.ix.computeParts(c)
		pc.mu.Lock()
		if pc.m == nil {
			pc.m = map[int]*[8]part{}
		}
		pc.m[c.idx] = ps
		pc.mu.Unlock()
	}
	return ps[d], ps[d].ok
}

// computeParts finds the populated places of container c and, for each of
// the eight compass bearings, the mean of those in the outer partShare of
// the container's extent along it.
func (ix *index) computeParts(c place) *[8]part {
	var out [8]part
	type pt struct{ x, y float64 }
	var pts []pt
	cos := cosDeg(c.lat)
	for i := 0; i < ix.n; i++ {
		r := ix.places[i*placeSize : (i+1)*placeSize]
		if r[18] < kindCity || r[18] > kindVillage {
			continue
		}
		if c.kind == kindCountry {
			if len(c.country) != 2 || r[16] != c.country[0] || r[17] != c.country[1] {
				continue
			}
		} else if int(binary.LittleEndian.Uint32(r[20:]))-1 != c.idx {
			continue
		}
		lat := float64(int32(binary.LittleEndian.Uint32(r[0:]))) / 1e5
		lon := float64(int32(binary.LittleEndian.Uint32(r[4:]))) / 1e5
		pts = append(pts, pt{lon * cos, lat})
	}
	if len(pts) < minPartPlaces {
		return &out
	}
	proj := make([]float64, len(pts))
	sorted := make([]float64, len(pts))
	for d := range out {
		s, co := math.Sincos(float64(d) * 45 * math.Pi / 180)
		for i, p := range pts {
			proj[i] = p.x*s + p.y*co
		}
		copy(sorted, proj)
		slices.Sort(sorted)
		lo, hi := sorted[len(sorted)*partTrim/1000], sorted[len(sorted)*(1000-partTrim)/1000]
		// A sparse edge (a desert north) may hold too few places for the
		// outer share: widen it until it holds enough.
		var sx, sy, cut float64
		n := 0
		for _, share := range partShares {
			cut = hi - (hi-lo)*share
			sx, sy, n = 0, 0, 0
			for i, p := range pts {
				if proj[i] >= cut && proj[i] <= hi {
					sx, sy, n = sx+p.x, sy+p.y, n+1
				}
			}
			if n >= minPartPlaces/2 {
				break
			}
		}
		if n < minPartPlaces/2 {
			continue
		}
		mx, my := sx/float64(n), sy/float64(n)
		// The radius holds most of the part's places.
		ds := make([]float64, 0, n)
		for i, p := range pts {
			if proj[i] >= cut && proj[i] <= hi {
				ds = append(ds, math.Hypot(p.x-mx, p.y-my))
			}
		}
		slices.Sort(ds)
		out[d] = part{lat: my, lon: mx / cos, radius: math.Round(max(5, 111.2*ds[len(ds)*8/10])), ok: true}
	}
	return &out
}

// twinCache remembers the index twins of overlay places; it belongs to
// one Gazetteer, whose overlay numbering it relies on.
type twinCache struct {
	mu sync.Mutex
	m  map[int]int // overlay index → twin index, -1 for none
}

func (t *twinCache) get(g *Gazetteer, c place) (place, bool) {
	t.mu.Lock()
	i, ok := t.m[c.idx]
	t.mu.Unlock()
	if !ok {
		i = -1
		if tw, ok := g.indexTwin(c); ok {
			i = tw.idx
		}
		t.mu.Lock()
		if t.m == nil {
			t.m = map[int]int{}
		}
		t.m[c.idx] = i
		t.mu.Unlock()
	}
	if i < 0 {
		return place{}, false
	}
	return g.ix.place(i), true
}

// indexTwin returns the index's country or region that the overlay place c
// overrides.
func (g *Gazetteer) indexTwin(c place) (place, bool) {
	if c.kind == kindCountry {
		for i := 0; i < g.ix.n; i++ {
			p := g.ix.place(i)
			if p.kind != kindCountry {
				break
			}
			if p.country == c.country {
				return p, true
			}
		}
		return place{}, false
	}
	// A hand-kept region may be spelt unlike the index's ("Gezira State",
	// "Al Jazirah"): its twin is the index region of its country whose
	// point lies nearest its own.
	best, bd := place{}, max(c.radius, 50)
	for i := 0; i < g.ix.n; i++ {
		r := g.ix.places[i*placeSize : (i+1)*placeSize]
		if r[18] != kindRegion || len(c.country) != 2 || r[16] != c.country[0] || r[17] != c.country[1] {
			continue
		}
		if p := g.ix.place(i); km(p.lat, p.lon, c.lat, c.lon) < bd {
			best, bd = p, km(p.lat, p.lon, c.lat, c.lon)
		}
	}
	return best, bd < max(c.radius, 50) && best.kind == kindRegion
}
