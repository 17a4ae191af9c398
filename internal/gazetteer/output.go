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

func (g *Gazetteer) assemble(doc *text.Doc, ms []mention, picks []pick, w *work) []sitrep.Place {
	// Places and their mentions are gathered in scratch memory, then
	// copied out in two allocations.
	out := w.out[:0]
	w.spans, w.owner = w.spans[:0], w.owner[:0]
	seen := w.seen
	clear(seen)
	for k, m := range ms {
		pk := picks[k]
		if !pk.ok {
			continue
		}
		span := sitrep.Span{doc.Tokens[m.si].Start, doc.Tokens[m.sj-1].End}
		written := doc.Text[span[0]:span[1]]
		key := placeKey{idx: pk.p.idx, area: m.area, camp: m.camp}
		if m.offKM > 0 {
			key.offKM = int(math.Round(m.offKM * 10))
			key.bearing = int(m.bearing)
			key.area = ""
		} else if m.area != "" {
			key.bearing = int(m.bearing)
		}
		if pk.fall {
			key.name = text.Fold(doc.Slice(m.i, m.j))
		}
		district := m.generic && pk.p.kind > kindRegion && !pk.fall
		hood := m.facility == "neighbourhood" || m.facility == "neighborhood" || m.facility == "quarter"
		if m.facility != "" && m.offKM == 0 && !(hood && pk.p.kind == kindArea) {
			key.extra = m.facility
		} else if district {
			key.extra = m.genWord
		}
		if at, ok := seen[key]; ok {
			w.addMention(at, span)
			if m.offKM > 0 {
				out = g.addBase(doc, out, w, m, pk.p)
			}
			continue
		}
		pl := g.output(pk.p, written)
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
			g.shape(&pl, pk.p, m)
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
		pl.ID = "p" + strconv.Itoa(len(out)+1)
		w.addMention(len(out), span)
		seen[key] = len(out)
		out = append(out, pl)
		if m.offKM > 0 {
			out = g.addBase(doc, out, w, m, pk.p)
		}
	}
	w.out = out
	res := make([]sitrep.Place, len(out))
	copy(res, out)
	clear(out)
	// One array holds every place's mentions, each place's in text order.
	at := make([]int, len(res)+1)
	for _, o := range w.owner {
		at[o+1]++
	}
	for i := range res {
		at[i+1] += at[i]
	}
	all := make([]sitrep.Span, len(w.spans))
	for i, sp := range w.spans {
		o := w.owner[i]
		all[at[o]] = sp
		at[o]++
	}
	lo := 0
	for i := range res {
		res[i].Mentions = all[lo:at[i]:at[i]]
		lo = at[i]
	}
	return res
}

// addMention records a mention of the place at index at of assemble's output.
func (w *work) addMention(at int, sp sitrep.Span) {
	w.spans = append(w.spans, sp)
	w.owner = append(w.owner, at)
}

// addBase records the reference place of a relative position: "25 km west
// of Goma" also names Goma.
func (g *Gazetteer) addBase(doc *text.Doc, out []sitrep.Place, w *work, m mention, p place) []sitrep.Place {
	span := sitrep.Span{doc.Tokens[m.i].Start, doc.Tokens[m.j-1].End}
	key := placeKey{idx: p.idx}
	if at, ok := w.seen[key]; ok {
		w.addMention(at, span)
		return out
	}
	bp := g.output(p, doc.Text[span[0]:span[1]])
	bp.ID = "p" + strconv.Itoa(len(out)+1)
	w.addMention(len(out), span)
	w.seen[key] = len(out)
	return append(out, bp)
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
