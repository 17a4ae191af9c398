package gazetteer

import (
	"math"
	"strconv"

	"sitrep"
	"sitrep/internal/text"
)

// placeKey groups the mentions of one place.
type placeKey struct {
	idx     int
	area    string
	extra   string // a landmark or district of the place
	bearing int
	offKM   int
	camp    bool
	name    string // a fallback's name as written, folded
}

// placeSet numbers the distinct place keys of an article in the order
// first added. A Go map hashed every key's three strings, which are
// nearly always empty; the set hashes the numbers and compares keys only
// on a hash match.
type placeSet struct {
	keys  []placeKey
	slots []int32 // 1 + index into keys; 0 for a free slot
	mask  uint32
}

// reset empties the set for up to n keys.
func (s *placeSet) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	s.slots = zeroed(s.slots, size)
	s.mask = uint32(size - 1)
	s.keys = s.keys[:0]
}

func (k *placeKey) hash() uint32 {
	h := uint32(k.idx)*0x9E3779B1 ^ uint32(k.bearing)*0x85EBCA77 ^ uint32(k.offKM)*0xC2B2AE3D ^
		uint32(len(k.area)+len(k.extra)<<8+len(k.name)<<16)*0x27D4EB2F
	if k.camp {
		h ^= 0x165667B1
	}
	return h ^ h>>15
}

// find returns the number of key, if added.
func (s *placeSet) find(key placeKey) (int, bool) {
	for i := key.hash() & s.mask; ; i = (i + 1) & s.mask {
		at := s.slots[i]
		if at == 0 {
			return 0, false
		}
		if s.keys[at-1] == key {
			return int(at - 1), true
		}
	}
}

// add adds a key find did not find; it is numbered len(keys).
func (s *placeSet) add(key placeKey) {
	s.keys = append(s.keys, key)
	i := key.hash() & s.mask
	for s.slots[i] != 0 {
		i = (i + 1) & s.mask
	}
	s.slots[i] = int32(len(s.keys))
}

// newPlace is a place assemble creates: from mention k, or, for a
// relative position, from the mention's reference place (base).
type newPlace struct {
	k    int
	base bool
}

func (g *Gazetteer) assemble(doc *text.Doc, ms []mention, picks []pick, w *work) []sitrep.Place {
	// The first pass groups mentions by place in scratch memory; the
	// second writes each place once into a result of its exact size.
	w.spans, w.owner, w.made = w.spans[:0], w.owner[:0], w.made[:0]
	seen := &w.seen
	seen.reset(2 * len(ms))
	for k := range ms {
		m := &ms[k]
		pk := &picks[k]
		if !pk.ok {
			continue
		}
		span := sitrep.Span{doc.Tokens[m.si].Start, doc.Tokens[m.sj-1].End}
		key, _ := placeKeyOf(m, pk)
		if pk.fall {
			key.name = text.Fold(doc.Slice(m.i, m.j))
		}
		at, ok := seen.find(key)
		if !ok {
			at = len(w.made)
			seen.add(key)
			w.made = append(w.made, newPlace{k: k})
		}
		w.addMention(at, span)
		if m.offKM > 0 {
			// "25 km west of Goma" also names Goma.
			span := sitrep.Span{doc.Tokens[m.i].Start, doc.Tokens[m.j-1].End}
			key := placeKey{idx: pk.p.idx}
			at, ok := seen.find(key)
			if !ok {
				at = len(w.made)
				seen.add(key)
				w.made = append(w.made, newPlace{k: k, base: true})
			}
			w.addMention(at, span)
		}
	}
	out := make([]sitrep.Place, len(w.made))
	for i, np := range w.made {
		pl := &out[i]
		m, pk := &ms[np.k], &picks[np.k]
		if np.base {
			*pl = g.output(pk.p, doc.Text[doc.Tokens[m.i].Start:doc.Tokens[m.j-1].End])
		} else {
			g.build(pl, doc, m, pk)
		}
		pl.ID = placeID(i)
	}
	// One array holds every place's mentions, each place's in text order.
	at := make([]int, len(out)+1)
	for _, o := range w.owner {
		at[o+1]++
	}
	for i := range out {
		at[i+1] += at[i]
	}
	all := make([]sitrep.Span, len(w.spans))
	for i, sp := range w.spans {
		o := w.owner[i]
		all[at[o]] = sp
		at[o]++
	}
	lo := 0
	for i := range out {
		out[i].Mentions = all[lo:at[i]:at[i]]
		lo = at[i]
	}
	return out
}

// placeKeyOf returns the key that groups mention m's place with the other
// mentions of it, but for a fallback's name, and whether the mention names
// a district of its place.
func placeKeyOf(m *mention, pk *pick) (placeKey, bool) {
	key := placeKey{idx: pk.p.idx, area: m.area, camp: m.camp}
	if m.offKM > 0 {
		key.offKM = int(math.Round(m.offKM * 10))
		key.bearing = int(m.bearing)
		key.area = ""
	} else if m.area != "" {
		key.bearing = int(m.bearing)
	}
	district := m.generic && pk.p.kind > kindRegion && !pk.fall
	hood := m.facility == "neighbourhood" || m.facility == "neighborhood" || m.facility == "quarter"
	if m.facility != "" && m.offKM == 0 && !(hood && pk.p.kind == kindArea) {
		key.extra = m.facility
	} else if district {
		key.extra = m.genWord
	}
	return key, district
}

// build writes the place that mention m, the first of it, names.
func (g *Gazetteer) build(pl *sitrep.Place, doc *text.Doc, m *mention, pk *pick) {
	key, district := placeKeyOf(m, pk)
	written := doc.Text[doc.Tokens[m.si].Start:doc.Tokens[m.sj-1].End]
	*pl = g.output(pk.p, written)
	if pk.fall {
		pl.Name = doc.Slice(m.i, m.j)
		pl.PrecisionKM = max(precision(pk.p), pk.p.radius)
		pl.GeonamesID = 0
		pl.Kind = "village"
		if m.noun == "town" || m.noun == "city" {
			pl.Kind = "town"
		}
		if m.camp || m.noun == "camp" {
			pl.Kind = "camp"
		}
		if m.noun == "district" {
			// "Hodan district": a division, however it is placed.
			pl.Kind = "area"
			pl.Name += " " + m.genWord
		}
		if pk.p.kind > kindRegion {
			pl.Admin1 = ""
		} else if pk.p.kind == kindRegion {
			pl.Admin1 = g.placeName(pk.p.idx)
		}
	} else {
		g.shape(pl, pk.p, *m)
	}
	if key.extra != "" && m.area == "" && m.offKM == 0 {
		// "Goma airport", "Kupiansk district": the landmark or the
		// district around the place, a place of its own.
		pl.Name = g.placeName(pk.p.idx) + " " + key.extra
		if pk.fall {
			pl.Name = doc.Slice(m.i, m.j) + " " + m.facility
		}
		pl.Kind = "area"
		pl.GeonamesID = 0
		if district {
			pl.PrecisionKM = max(pl.PrecisionKM, 20)
		}
	}
}

// placeIDs are the ids of the first places of an article.
var placeIDs = func() (ids [64]string) {
	for i := range ids {
		ids[i] = "p" + strconv.Itoa(i+1)
	}
	return ids
}()

// placeID returns the id of the place at index i.
func placeID(i int) string {
	if i < len(placeIDs) {
		return placeIDs[i]
	}
	return "p" + strconv.Itoa(i+1)
}

// shape applies a mention's modifiers to its place: a camp, an area
// ("northern Gaza Strip", "the outskirts of El Fasher") or a relative
// position ("25 km west of Goma").
func (g *Gazetteer) shape(pl *sitrep.Place, p place, m mention) {
	base := precision(p)
	switch {
	case m.offKM > 0:
		lat, lon := offset(p.lat, p.lon, m.offKM, m.bearing)
		pl.Lat, pl.Lon = round4(lat), round4(lon)
		pl.Kind = "offset"
		pl.PrecisionKM = math.Round(base + 0.25*m.offKM + 1)
		pl.Name = strconv.FormatFloat(m.offKM, 'f', -1, 64) + " km " + bearingName(m.bearing) + " of " + pl.Name
		pl.GeonamesID = 0
	case m.area == "outskirts":
		d := base + 2
		if m.hasDir {
			lat, lon := offset(p.lat, p.lon, d, m.bearing)
			pl.Lat, pl.Lon = round4(lat), round4(lon)
		}
		pl.Kind = "area"
		pl.PrecisionKM = math.Round(d + 2)
		pl.Name = "outskirts of " + pl.Name
		pl.GeonamesID = 0
	case m.area != "":
		r := base
		if p.kind == kindCity || p.kind == kindTown || p.kind == kindVillage {
			r = max(base, 5)
		}
		pl.PrecisionKM = math.Round(max(r*0.6, 3))
		if m.hasDir {
			if pt, ok := g.dirPart(p, m.bearing); ok {
				// "southern Lebanon": where the country's own places lie.
				pl.Lat, pl.Lon, pl.PrecisionKM = round4(pt.lat), round4(pt.lon), pt.radius
			} else {
				lat, lon := offset(p.lat, p.lon, r*0.6, m.bearing)
				pl.Lat, pl.Lon = round4(lat), round4(lon)
			}
		}
		pl.Kind = "area"
		pl.Name = m.area + " " + pl.Name
		pl.GeonamesID = 0
	case m.camp && p.kind != kindCamp:
		pl.Kind = "camp"
		pl.Name += " camp"
	}
}
