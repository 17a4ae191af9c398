// Package gazetteer geocodes the places an article names. It reads a
// compact GeoNames-derived index embedded in the binary (countries,
// first-level regions and every populated place of 500 people or more, with
// all Latin-script alternate names), a hand-kept supplement of conflict
// places the datasets miss, and optionally a user's own file. The geocoder
// finds place mentions in one pass over the tokens, picks among homonyms
// with the article's context and says how sure it is in precision_km.
package gazetteer

import (
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"strings"
	"sync"

	"sitrep"
	gazdata "sitrep/data/gazetteer"
	"sitrep/internal/text"
)

// Gazetteer is an immutable place index. It is safe for concurrent use.
type Gazetteer struct {
	ix *index
	// over holds supplement and user places; their place indices follow
	// the index's. An over entry replaces index places of the same name in
	// the same country.
	over []overPlace
	// overNames maps folded names to over places. Every proper token
	// prefix of a name also holds a ref with k -1, so one map lookup tells
	// the matcher both what a key names and whether to read on.
	overNames map[string][]overRef
	// overKeys holds overNames' keys: most probes are of names the overlay
	// lacks and skip the map.
	overKeys *keyFilter
	// countries maps ISO alpha-2 codes to country places.
	countries map[string]int
	// demonyms maps folded demonyms ("sudanese") to countries; they lend
	// context and are never places.
	demonyms map[string]string
	// demTable holds the demonyms for lookups in the scan.
	demTable *text.WordTable[string]
	// classes is wordClass with the demonyms as cDemonym, so the scan
	// learns both from one lookup.
	classes *text.WordTable[uint32]
	// twins maps overlay countries and regions to the index's.
	twins *twinCache
	// pool holds the scratch memory of Places calls (see work).
	pool sync.Pool
}

type overPlace struct {
	place
	name string
}

type overRef struct {
	k   int // into over
	alt bool
}

// Default loads the embedded index and supplement.
func Default() (*Gazetteer, error) {
	ix, err := openIndex(gazdata.Index())
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	g := &Gazetteer{ix: ix, overNames: map[string][]overRef{}, overKeys: &keyFilter{}, countries: map[string]int{}, twins: &twinCache{}}
	g.demonyms = ix.demonyms()
	g.demTable = text.NewWordTable(g.demonyms)
	classes := maps.Clone(wordClass)
	for d := range g.demonyms {
		classes[d] |= cDemonym
	}
	g.classes = text.NewWordTable(classes)
	// The build writes countries first.
	for i := 0; i < ix.n; i++ {
		p := ix.place(i)
		if p.kind != kindCountry {
			break
		}
		g.countries[p.country] = i
	}
	rows, err := parseTSV(gazdata.Supplement())
	if err != nil {
		return nil, fmt.Errorf("load gazetteer supplement: %w", err)
	}
	g.addOver(rows)
	return g, nil
}

func (g *Gazetteer) clone() *Gazetteer {
	c := &Gazetteer{ix: g.ix, over: append([]overPlace(nil), g.over...),
		overNames: make(map[string][]overRef, len(g.overNames)), overKeys: new(keyFilter),
		countries: make(map[string]int, len(g.countries)), demonyms: g.demonyms, demTable: g.demTable, classes: g.classes,
		twins: &twinCache{}}
	for k, v := range g.countries {
		c.countries[k] = v
	}
	for k, v := range g.overNames {
		c.overNames[k] = append([]overRef(nil), v...)
	}
	*c.overKeys = *g.overKeys
	return c
}

func (g *Gazetteer) addOver(rows []UserPlace) {
	for _, r := range rows {
		k, ok := kindOf(r.Kind)
		if !ok {
			k = kindTown
		}
		p := place{idx: g.ix.n + len(g.over), lat: r.Lat, lon: r.Lon, country: strings.ToUpper(r.Country),
			kind: k, admin1: -1, radius: r.RadiusKM}
		if k == kindCountry || k == kindRegion {
			p.flags |= FlagSeat1
		}
		// A hand-kept entry names a place that matters; weigh it like a town.
		p.pop = 20000
		if r.Population > 0 {
			p.pop = uint32(min(r.Population, math.MaxUint32))
		}
		g.over = append(g.over, overPlace{place: p, name: r.Name})
		ko := len(g.over) - 1
		if k == kindCountry && p.country != "" {
			g.countries[p.country] = p.idx
		}
		for j, n := range append([]string{r.Name}, r.Aliases...) {
			f := text.Fold(n)
			if f == "" {
				continue
			}
			g.addOverName(f, ko, j > 0)
			if v := ArticleVariant(f); v != f {
				g.addOverName(v, ko, true)
			}
		}
	}
}

func (g *Gazetteer) addOverName(f string, k int, alt bool) {
	for _, r := range g.overNames[f] {
		if r.k == k {
			return
		}
	}
	g.overNames[f] = append(g.overNames[f], overRef{k: k, alt: alt})
	g.overKeys.add(f)
	for i := 0; i < len(f); i++ {
		if f[i] == ' ' && !hasPrefixRef(g.overNames[f[:i]]) {
			g.overNames[f[:i]] = append(g.overNames[f[:i]], overRef{k: -1})
			g.overKeys.add(f[:i])
		}
	}
}

func hasPrefixRef(refs []overRef) bool {
	for _, r := range refs {
		if r.k < 0 {
			return true
		}
	}
	return false
}

// ArticleVariant writes a free-standing Arabic article inside a folded name
// as "al", the form text.Fold gives the hyphenated one, so "Juhr ad Dik" and
// "Juhr ad-Dik" meet. The build program indexes names with the same rule.
func ArticleVariant(n string) string {
	toks := strings.Split(n, " ")
	changed := false
	for k := 1; k < len(toks)-1; k++ {
		switch toks[k] {
		case "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez", "ud", "ul", "ur", "us", "uz":
			toks[k] = "al"
			changed = true
		}
	}
	if !changed {
		return n
	}
	return strings.Join(toks, " ")
}

// get returns place i, from the index or the overlay.
func (g *Gazetteer) get(i int) place {
	if i >= g.ix.n {
		return g.over[i-g.ix.n].place
	}
	return g.ix.place(i)
}

// placeName returns the canonical name of place i.
func (g *Gazetteer) placeName(i int) string {
	if i >= g.ix.n {
		return g.over[i-g.ix.n].name
	}
	return g.ix.name(i)
}

// cand is one place a name may denote.
type cand struct {
	place
	alt, common bool
	// prior caches priorScore once scored: a candidate is weighed in
	// several rounds.
	scored bool
	prior  float64
}

// lookupKey reports the places the folded key names and whether longer
// names start with it.
func (g *Gazetteer) lookupKey(key []byte, dst []cand) ([]cand, bool) {
	exact, refs, more, _ := g.probe(key, keyHash(key))
	return g.cands(exact, refs, dst), more
}

// probe looks key up without decoding its places: the name's index entry
// (-1 for none), its overlay refs, whether longer names start with it and
// whether it names any place (whether cands would return any). h is
// keyHash(key).
func (g *Gazetteer) probe(key []byte, h uint32) (exact int, refs []overRef, more, named bool) {
	f := g.ix.findPosts(key, h)
	exact, more = f.exact, f.more
	if g.overKeys.mayHave(h) {
		refs = g.overNames[string(key)]
	}
	over := false
	for _, r := range refs {
		if r.k < 0 {
			more = true
		} else {
			over = true
		}
	}
	// An overlay place is always a candidate; without one, no index place
	// is overridden, so every posting is.
	named = over || f.posts
	return exact, refs, more, named
}

// cands appends the places of a probed key to dst.
func (g *Gazetteer) cands(exact int, refs []overRef, dst []cand) []cand {
	if exact >= 0 {
		rec := g.ix.postingBytes(exact)
		n, w := binary.Uvarint(rec)
		rec = rec[w:]
		for ; n > 0 && len(rec) > 0; n-- {
			p64, w := binary.Uvarint(rec)
			rec = rec[w:]
			p := uint32(p64)
			// Decode in place: a cand is too large to copy twice.
			dst = append(dst, cand{alt: p&postAlt != 0, common: p&postCommon != 0})
			c := &dst[len(dst)-1]
			g.ix.decode(&c.place, int(p&postMask))
			if len(refs) > 0 && g.overridden(refs, c.place) {
				dst = dst[:len(dst)-1]
			}
		}
	}
	for _, r := range refs {
		if r.k >= 0 {
			dst = append(dst, cand{place: g.over[r.k].place, alt: r.alt})
		}
	}
	return dst
}

func (g *Gazetteer) overridden(refs []overRef, p place) bool {
	for _, r := range refs {
		if r.k < 0 {
			continue
		}
		o := g.over[r.k]
		if o.country == p.country && (o.kind <= kindRegion) == (p.kind <= kindRegion) {
			return true
		}
	}
	return false
}

// Lookup resolves a name, optionally within a country (ISO alpha-2), to its
// most likely place: countries and regions before towns, then population.
func (g *Gazetteer) Lookup(name, country string) (sitrep.Place, bool) {
	key := text.Fold(name)
	if key == "" {
		return sitrep.Place{}, false
	}
	cs, _ := g.lookupKey([]byte(key), nil)
	country = strings.ToUpper(country)
	best, bestS := -1, math.Inf(-1)
	for i := range cs {
		c := &cs[i]
		if country != "" && c.country != country {
			continue
		}
		if s := priorScore(c); s > bestS {
			best, bestS = i, s
		}
	}
	if best < 0 {
		return sitrep.Place{}, false
	}
	return g.output(cs[best].place, name), true
}

// output turns a place into the record's form.
func (g *Gazetteer) output(p place, written string) sitrep.Place {
	out := sitrep.Place{
		Name: g.placeName(p.idx), Text: written, Lat: round4(p.lat), Lon: round4(p.lon),
		Kind: kindName(p.kind), Country: p.country, PrecisionKM: precision(p),
	}
	if p.idx < g.ix.n {
		out.GeonamesID = int64(p.gid)
	}
	if p.admin1 >= 0 {
		out.Admin1 = g.placeName(p.admin1)
	}
	return out
}

func round4(f float64) float64 { return math.Round(f*1e4) / 1e4 }

// precision is how far off a place's point may be, in km.
func precision(p place) float64 {
	switch p.kind {
	case kindCountry, kindRegion:
		return max(p.radius, 5)
	case kindCity:
		if p.radius > 0 {
			return p.radius
		}
		pop := max(float64(p.pop), 1e5)
		return math.Round(min(15, 5+5*math.Log10(pop/1e5)))
	case kindTown:
		if p.radius > 0 {
			return p.radius
		}
		return 4
	}
	if p.radius > 0 {
		return p.radius
	}
	return 3
}
