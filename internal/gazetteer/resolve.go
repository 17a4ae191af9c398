package gazetteer

import (
	"math"
	"sort"

	"sitrep"
	"sitrep/internal/text"
)

// context is what the article says about where it is: countries named (or
// implied by demonyms and the dateline), regions named, and the places
// already placed.
type context struct {
	countries *tally
	focus     string // the dateline's country, else the most named
	focusIdx  int    // the dateline's place, -1 for none
	story     string // the most named country, the dateline aside
	regions   map[int]bool
	anchors   []anchor
	// latLo and latHi bound the anchors' latitudes: a candidate far
	// outside them is near none.
	latLo, latHi float64
	// placed counts the towns and villages framed as places ("in X")
	// in each country.
	placed *tally
	// listed marks a mention that continues a list with the one before
	// ("Dzerzhinsk, Chasov Yar and Seversk").
	listed []bool
}

type anchor struct {
	lat, lon float64
	m        int // mention index
	idx      int // place index
}

// Places finds and geocodes every place mention in doc. exclude are spans
// of organisation and person mentions that must not be read as places.
// Places come in order of first mention with ids "p1", "p2"...; all
// mentions of one place are merged.
func (g *Gazetteer) Places(doc *text.Doc, exclude []sitrep.Span) []sitrep.Place {
	w := g.getWork()
	defer g.putWork(w)
	ms := g.scan(doc, exclude, w)
	if len(ms) == 0 {
		return []sitrep.Place{}
	}
	choice := g.resolve(doc, ms, w)
	return g.assemble(doc, ms, choice, w)
}

// pick is the resolution of one mention: a candidate, or a container for a
// fallback, or nothing.
type pick struct {
	ok   bool
	p    place
	fall bool // p is the container of an unknown place
}

func (g *Gazetteer) resolve(doc *text.Doc, ms []mention, w *work) []pick {
	cx := &w.cx
	cx.countries.reset()
	clear(cx.regions)
	cx.placed.reset()
	w.listed = zeroed(w.listed, len(ms))
	*cx = context{countries: cx.countries, regions: cx.regions, placed: cx.placed, focusIdx: -1,
		listed: w.listed, anchors: w.anchors[:0], latLo: math.Inf(1), latHi: math.Inf(-1)}
	defer func() { w.anchors = cx.anchors }()
	w.hints = zeroed(w.hints, len(ms))
	w.bracket = zeroed(w.bracket, len(ms))
	hints := w.hints
	bracket := w.bracket // the hint comes from a bracket
	for k := range ms {
		m := &ms[k]
		if m.camp {
			keepKind(m, func(c cand) bool { return c.kind == kindCamp })
		}
		// "into Chad, South Sudan and Egypt": a list shares its frame.
		if k > 0 && m.si > 0 {
			if p := &ms[k-1]; p.sj == m.si-1 || p.sj == m.si-2 && doc.Tokens[m.si-1].Norm == "and" && doc.Tokens[m.si-2].Norm == "," {
				if sep := doc.Tokens[m.si-1].Norm; sep == "," || sep == "and" || sep == "or" {
					m.cue = m.cue || p.cue
					m.locative = m.locative || p.locative
					cx.listed[k] = true
				}
			}
		}
		// "Hlaing (Yangon, Yangon)": in a bracketed pair the second name is
		// the first one's region.
		// "Sahel (Mali, Niger)" is a list of countries, not a place and
		// its region.
		if k > 0 && m.si >= 2 && m.sj < len(doc.Tokens) && doc.Tokens[m.si-1].Norm == "," &&
			doc.Tokens[m.sj].Norm == ")" && ms[k-1].sj == m.si-1 && ms[k-1].si > 0 && doc.Tokens[ms[k-1].si-1].Norm == "(" &&
			!hasMainCountry(ms[k-1].cands) {
			m.generic = true
		}
		// "Léré (Niafunké, Tombouctou)": the bracket that follows a name
		// says which country it is in.
		if m.sj < len(doc.Tokens) && doc.Tokens[m.sj].Norm == "(" {
			m.paren = true
			if cc := bracketCountry(doc, ms, k); cc != "" {
				hints[k], bracket[k] = cc, true
			}
		}
		// "Karari, Sudan": the name after the comma places the one before.
		if hints[k] == "" && k+1 < len(ms) && ms[k+1].si == m.sj+1 && m.sj < len(doc.Tokens) && doc.Tokens[m.sj].Norm == "," {
			for i := range ms[k+1].cands {
				c := &ms[k+1].cands[i]
				if c.kind <= kindRegion && !c.alt {
					hints[k] = c.country
					break
				}
			}
		}
	}
	// Countries and regions named outright, and demonyms, set the scene.
	for k := range ms {
		for i := range ms[k].cands {
			c := &ms[k].cands[i]
			if c.kind == kindCountry && (!c.alt || len(ms[k].cands) == 1) {
				// "in Ukraine" says more about where than "Russia said".
				cx.countries.add(c.country, 1)
				if ms[k].locative {
					cx.countries.add(c.country, 0.5)
				}
				break
			}
		}
	}
	for _, cc := range w.dems {
		cx.countries.add(cc, 0.5)
	}
	w.picks = zeroed(w.picks, len(ms))
	picks := w.picks
	// The country the text itself is most about, before the dateline
	// counts: a foreign bureau's dateline is no container for the story's
	// villages. Ties go to the first code in order, so every run agrees.
	bw := 0.0
	for _, cc := range cx.countries.keys {
		if wt := cx.countries.get(cc); wt > bw || wt == bw && cx.story != "" && cc < cx.story {
			cx.story, bw = cc, wt
		}
	}
	for k := range ms {
		if ms[k].dateline && len(ms[k].cands) > 0 {
			best := g.best(&ms[k], cx, hints[k], k)
			cx.countries.add(best.country, 3)
			cx.focus, cx.focusIdx = best.country, best.idx
		}
	}
	if cx.focus == "" {
		bw := 0.0
		for _, cc := range cx.countries.keys {
			if wt := cx.countries.get(cc); wt >= 1 && (wt > bw || wt == bw && cx.focus != "" && cc < cx.focus) {
				cx.focus, bw = cc, wt
			}
		}
	}
	// Two rounds: the second sees where the first put the other places.
	for round := 0; round < 2; round++ {
		for k := range ms {
			if len(ms[k].cands) == 0 {
				continue
			}
			c := g.best(&ms[k], cx, hints[k], k)
			picks[k] = pick{ok: true, p: c.place}
			if ms[k].generic && !ms[k].cardinal && !localDivision[ms[k].genWord] && c.kind > kindRegion && c.flags&FlagSeat1 != 0 && c.admin1 >= 0 {
				// "Zaporizhzhia region": the region whose seat is named.
				picks[k].p = g.get(c.admin1)
			}
		}
		cx.anchors = cx.anchors[:0]
		cx.latLo, cx.latHi = math.Inf(1), math.Inf(-1)
		for k := range picks {
			p := &picks[k]
			if !p.ok {
				continue
			}
			if p.p.kind == kindRegion {
				cx.regions[p.p.idx] = true
			}
			if p.p.kind >= kindCity {
				cx.anchors = append(cx.anchors, anchor{p.p.lat, p.p.lon, k, p.p.idx})
				cx.latLo, cx.latHi = min(cx.latLo, p.p.lat), max(cx.latHi, p.p.lat)
			}
			// A multiword or unambiguous name vouches for its country.
			if round == 0 && p.p.kind > kindCountry && (trusted(&ms[k], &p.p, g.ix.n) && !numbered(doc, &ms[k]) || (!ms[k].single || len(ms[k].cands) == 1) && !g.farAway(&p.p, cx)) {
				cx.countries.add(p.p.country, 0.25)
			}
		}
	}
	// Names the index lacks as written: a transliteration of a place near
	// the article's other places, in a country it is about.
	for k := range ms {
		m := &ms[k]
		if !m.skeleton {
			continue
		}
		best, bd := -1, 150.0
		cs := g.skeletonCands(text.Fold(doc.Slice(m.i, m.j)), cx.countries)
		local := cx.sentenceAnchors(ms, k)
		if len(local) == 1 && local[0].m == k {
			local = nil
		}
		for i, c := range cs {
			if cx.countries.get(c.country) < 1 {
				continue
			}
			var d float64
			if len(local) > 0 {
				// "the Dumba community near Baga": the places its own
				// sentence names are where it is, not a namesake of
				// another spelling 200 km off.
				d = math.Inf(1)
				for _, a := range local {
					if x := flatKm(c.lat, c.lon, a.lat, a.lon); a.m != k && x < 50 {
						d = min(d, x)
					}
				}
			} else {
				d = cx.nearestBut(c.lat, c.lon, k, cx.focusIdx, 150)
			}
			if d < bd || d == bd && best >= 0 && c.pop > cs[best].pop {
				best, bd = i, d
			}
		}
		if best >= 0 {
			m.cands, m.fallback = cs[best:best+1], false
			picks[k] = pick{ok: true, p: cs[best].place}
		}
	}
	for k := range picks {
		p := &picks[k]
		if p.ok && p.p.kind >= kindCity && !ms[k].fallback && (ms[k].cue || ms[k].dateline) {
			cx.placed.add(p.p.country, 1)
		}
	}
	// A name framed as a place anywhere frames it everywhere. The names
	// are gathered when a mention first asks, which most articles' never
	// do.
	framed, gathered := w.framed, false
	cue := func(m *mention) bool {
		if m.cue {
			return true
		}
		if !gathered {
			clear(framed)
			for k := range ms {
				if ms[k].cue || ms[k].noun != "" || ms[k].camp || ms[k].dateline {
					framed[doc.Slice(ms[k].i, ms[k].j)] = true
				}
			}
			gathered = true
		}
		return framed[doc.Slice(m.i, m.j)]
	}
	for k := range ms {
		m := &ms[k]
		strongFrame := m.noun != "" || m.camp || m.fallback
		switch {
		case m.fallback && m.byBracket:
			// The locality lies in the division its bracket names first.
			// A town there may be the locality's own other spelling ("Umm
			// Rawabah (Um Ruwaba, ...)"), and a bracket that names no
			// place said something else.
			picks[k] = pick{}
			if n := k + 1; n < len(ms) && ms[n].si == m.sj+1 && picks[n].ok && !picks[n].fall &&
				(picks[n].p.kind == kindRegion || picks[n].p.kind == kindArea) && !g.farAway(&picks[n].p, cx) {
				c := picks[n].p
				c.radius = max(precision(c), 15)
				picks[k] = pick{ok: true, p: c, fall: true}
			}
			continue
		case m.fallback:
			picks[k] = g.container(ms, picks, k, cx)
			continue
		case !picks[k].ok:
			continue
		case bracket[k] && picks[k].p.country != hints[k]:
			// The bracket places it in a country none of its
			// homonyms is in: a place the index lacks.
			m.fallback = true
			picks[k] = g.container(ms, picks, k, cx)
			continue
		case k > 0 && ms[k].si >= 1 && ms[k-1].sj == ms[k].si-1 && doc.Tokens[ms[k].si-1].Norm == "(" &&
			picks[k-1].ok && !picks[k-1].fall && picks[k-1].p.kind == kindCity && picks[k].p.kind > kindRegion &&
			km(picks[k].p.lat, picks[k].p.lon, picks[k-1].p.lat, picks[k-1].p.lon) > 300:
			// "Sanaa (Ath Thawrah, Amanat Al Asimah)": the bracket after a
			// city names its district; a namesake 500 km off is not it.
			c := picks[k-1].p
			c.radius = max(precision(c), 15)
			picks[k] = pick{ok: true, p: c, fall: true}
			m.fallback = true
			continue
		case bracket[k]:
			// "Gombe (Kinshasa, Kinshasa)": the bracket vouches for the
			// homonym in its country, however far from the story's others.
		case (!trusted(m, &picks[k].p, g.ix.n) || numbered(doc, m)) && !dominant(m, &picks[k].p, cx, listedAbroad(cx, picks, k)) && g.farAway(&picks[k].p, cx):
			if strongFrame {
				picks[k] = g.container(ms, picks, k, cx)
			} else {
				picks[k] = pick{}
			}
			continue
		}
		p := picks[k].p
		// "the Al-Rawdah neighbourhood of Taiz city": the landmark or
		// district lies in the town named after "of", not in a homonym
		// elsewhere.
		inTown := m.facility != "" && k+1 < len(ms) && ms[k+1].si == m.sj+1 && m.sj < len(doc.Tokens) &&
			doc.Tokens[m.sj].Norm == "of" && picks[k+1].ok && picks[k+1].p.kind >= kindCity && picks[k+1].p.kind <= kindVillage &&
			km(p.lat, p.lon, picks[k+1].p.lat, picks[k+1].p.lon) > 30
		if inTown || m.facility != "" && (p.kind <= kindRegion || cx.nearest(p.lat, p.lon, k, -1, 151, 0) > 150 && len(cx.anchors) > 1) {
			// "Kuwait roundabout", "Al Rashid Road": a landmark named after
			// a country, or after a town far from the story, is not there;
			// it lies in the town its sentence names, if any.
			picks[k] = g.container(ms, picks, k, cx)
			continue
		}
		if p.kind == kindCountry && !m.locative && !m.dateline && m.area == "" && m.offKM == 0 && (k == 0 || hints[k-1] == "") {
			// "Russia said": a country as an actor, not a place. It
			// still set the scene above.
			picks[k] = pick{}
			continue
		}
		if m.single && p.kind > kindRegion && p.idx < g.ix.n && p.pop < 50000 && p.flags&(FlagCapital|FlagSeat1) == 0 &&
			!(cx.countries.get(p.country) >= 1 && cx.nearest(p.lat, p.lon, k, p.idx, 151, 0) < 150) && !cue(m) {
			// A small place by a bare single word, far from the article's
			// other places, is more often a surname or a unit's name; a
			// name repeated vouches nothing for itself.
			picks[k] = pick{}
		}
	}
	sameFallback(doc, ms, picks)
	return picks
}

// sameFallback gives every mention of an unknown place the closest of
// their containers: "the settlement of Kotlyne" is placed by "Kotlyne,
// about 10 km west of Pokrovsk" later on, and both are one place.
func sameFallback(doc *text.Doc, ms []mention, picks []pick) {
	for k := range ms {
		if !picks[k].fall || !ms[k].fallback {
			continue
		}
		for q := k + 1; q < len(ms); q++ {
			if !picks[q].fall || !ms[q].fallback || doc.Slice(ms[q].i, ms[q].j) != doc.Slice(ms[k].i, ms[k].j) {
				continue
			}
			a, b := &picks[k], &picks[q]
			if pa, pb := max(precision(a.p), a.p.radius), max(precision(b.p), b.p.radius); pb < pa {
				*a = *b
			} else if pa < pb {
				*b = *a
			}
		}
	}
}

// localDivision are the words for a division below the first level: "Gusau
// LGA" is the area around the state capital, not Zamfara State.
var localDivision = map[string]bool{"lga": true, "local government area": true, "raion": true, "rayon": true,
	"hromada": true, "subdistrict": true, "township": true, "commune": true}

// hasMainCountry reports a country among cs by its main name.
func hasMainCountry(cs []cand) bool {
	for i := range cs {
		c := &cs[i]
		if c.kind == kindCountry && !c.alt {
			return true
		}
	}
	return false
}

// bracketCountry returns the country of the places named in the bracket
// after mention k ("(Youwarou, Mopti)"), or "" if they disagree or there
// are none.
func bracketCountry(doc *text.Doc, ms []mention, k int) string {
	open := ms[k].sj
	cc := ""
	for q := k + 1; q < len(ms) && q <= k+3; q++ {
		if ms[q].si-open > 12 {
			break
		}
		closed := false
		for t := open + 1; t < ms[q].si; t++ {
			if doc.Tokens[t].Norm == ")" || doc.Tokens[t].Newlines > 0 {
				closed = true
				break
			}
		}
		if closed {
			break
		}
		c := oneCountry(ms[q].cands)
		if c == "" || cc != "" && c != cc {
			return ""
		}
		cc = c
	}
	return cc
}

// oneCountry returns the country all of cs lie in, or "".
func oneCountry(cs []cand) string {
	if len(cs) == 0 {
		return ""
	}
	for i := 1; i < len(cs); i++ {
		c := &cs[i]
		if c.country != cs[0].country {
			return ""
		}
	}
	return cs[0].country
}

// trusted reports a pick whose name leaves no doubt: the only place of a
// multiword or hand-kept name, or of a well-known one.
func trusted(m *mention, p *place, n int) bool {
	if len(m.cands) != 1 {
		return false
	}
	return p.idx >= n || p.kind <= kindRegion || !m.single && !m.cands[0].alt && p.pop >= 10000
}

// numbered reports a name made of a common word and a number ("Sector
// 1", "Zone 3"): a division of some far-off city by its number is no
// better than a bare common word, however sure its lookup.
func numbered(doc *text.Doc, m *mention) bool {
	return m.j-m.i == 2 && doc.Tokens[m.j-1].Kind == text.Number
}

// seatOfCand reports whether c is the seat of a region among cs.
func seatOfCand(cs []cand, admin1 int) bool {
	for i := range cs {
		if r := &cs[i]; r.kind == kindRegion && admin1 == r.idx {
			return true
		}
	}
	return false
}

// dominant reports a pick that is a large city dwarfing its homonyms:
// "Goma" is the Congolese city wherever the article is datelined.
func dominant(m *mention, p *place, cx *context, listedAbroad bool) bool {
	if p.pop < 100000 || !(m.cue || p.pop >= 1000000) {
		return false
	}
	if p.pop < 1000000 && listedAbroad && cx.countries.get(p.country) == 0 {
		// A city listed with places of another country, in a country
		// the story never names, is a homonym ("Mocímboa da Praia and
		// Palma" in Mozambique is not Majorca's Palma).
		return false
	}
	for i := range m.cands {
		c := &m.cands[i]
		if c.idx == p.idx && c.alt {
			return false
		}
		if c.idx != p.idx && uint64(c.pop)*10 > uint64(p.pop) {
			return false
		}
	}
	return true
}

func keepKind(m *mention, keep func(cand) bool) {
	n := 0
	for _, c := range m.cands {
		if keep(c) {
			n++
		}
	}
	if n == 0 || n == len(m.cands) {
		return
	}
	out := make([]cand, 0, n)
	for _, c := range m.cands {
		if keep(c) {
			out = append(out, c)
		}
	}
	m.cands = out
}

// priorScore ranks a candidate without context: countries and regions,
// capitals and seats, population, main names over alternates.
func priorScore(c *cand) float64 {
	s := math.Log10(float64(c.pop) + 1)
	switch c.kind {
	case kindCountry:
		s += 8
	case kindRegion:
		s += 7
	}
	switch {
	case c.flags&FlagCapital != 0:
		s += 2
	case c.flags&FlagSeat1 != 0:
		s += 1.5
	case c.flags&FlagSeat2 != 0:
		s += 0.5
	}
	if c.flags&FlagGone != 0 {
		s -= 3
	}
	if c.flags&FlagSection != 0 {
		s -= 0.5
	}
	if c.alt {
		s -= 1.5
	}
	return s
}

// best returns the candidate of mention k that the context favours.
func (g *Gazetteer) best(m *mention, cx *context, hint string, k int) *cand {
	if len(m.cands) == 1 {
		// Every score is finite, so a lone candidate wins whatever the
		// context; most names have one.
		return &m.cands[0]
	}
	bi, bs := 0, math.Inf(-1)
	// A name repeated lends its pick its own proximity, which is no
	// evidence once another candidate lies among the article's other
	// places: "Pokrovsk" three times in a Donetsk story is the Donbas
	// town, not Sakha's village the dateline's country first suggested.
	// Likewise the country context: a town 500+ km from every other
	// place loses to a town among them at least as well known
	// ("Kostiantynivka ... near Pokrovsk" under a MOSCOW dateline).
	var dOther [8]float64
	// dAll holds the first candidates' distance to any other mention's
	// place, measured in the same walk as dOther.
	var dAll [8]float64
	cluster := false
	nearPrior := math.Inf(-1) // the best-known candidate among the others
	measured := !m.dateline && len(m.cands) > 1 && len(cx.anchors) > 0
	listed := cx.listed[k] || k+1 < len(cx.listed) && cx.listed[k+1]
	if measured {
		for i := range m.cands {
			c := &m.cands[i]
			if !c.scored {
				c.prior, c.scored = priorScore(c), true
			}
			var d float64
			if i < len(dOther) {
				d, dAll[i] = cx.nearestBoth(c.lat, c.lon, k, c.idx)
				dOther[i] = d
			} else {
				d = cx.nearest(c.lat, c.lon, k, c.idx, isolated, 30)
			}
			if d < 100 && c.kind >= kindCity && c.kind <= kindVillage {
				cluster = true
				nearPrior = max(nearPrior, c.prior)
			}
		}
	}
	for i := range m.cands {
		c := &m.cands[i]
		if !c.scored {
			c.prior, c.scored = priorScore(c), true
		}
		s := c.prior
		if c.idx >= g.ix.n {
			s += 2 // hand-kept: a place that matters in conflict reporting
		}
		if c.flags&FlagSeat1 != 0 && !m.generic && seatOfCand(m.cands, c.admin1) {
			// "Kidal" alone is the town that gives the region its name.
			s += 3
		}
		if m.dateline {
			// The dateline sets the scene rather than reading it: a
			// well-known city of the name is meant.
			s += math.Log10(float64(c.pop) + 1)
			if hint != "" && c.country == hint {
				s += 12
			}
			if s > bs {
				bi, bs = i, s
			}
			continue
		}
		if c.country == "" {
			// A sea or a gulf lies by whichever country the story is
			// about: "the Red Sea" in a Yemen story is not Egypt's
			// governorate.
			s += 4
		} else if w := cx.countries.get(c.country); w >= 1 {
			s += 4
			if c.country == cx.focus {
				s += 2
			}
		} else if w > 0 {
			// Demonyms and places in passing hint at a country.
			s += 1.5
		}
		if hint != "" {
			if c.country == hint {
				s += 12
			} else {
				s -= 6
			}
		}
		if c.admin1 >= 0 && cx.regions[c.admin1] {
			s += 4
		}
		if m.generic && (c.kind == kindRegion || c.flags&FlagSeat1 != 0 && c.admin1 >= 0) {
			s += 10
		}
		if m.camp && c.kind == kindCamp {
			s += 3
		}
		if listed && listNear(cx, c.lat, c.lon, c.idx, k) {
			// "near Dzerzhinsk, Chasov Yar and Seversk": places a list
			// names together lie together.
			s += 3
		}
		d := math.Inf(1)
		if !cluster || i >= len(dOther) || dOther[i] < isolated || c.kind < kindCity || c.kind > kindVillage {
			if measured && i < len(dAll) {
				d = dAll[i]
			} else {
				d = cx.nearest(c.lat, c.lon, k, -1, 300, 30)
			}
		} else if nearPrior >= c.prior-0.5 {
			s -= 3
		}
		if d < 30 {
			s += 4
		} else if d < 100 {
			s += 3
		} else if d < 300 {
			s += 1.5
		}
		if s > bs {
			bi, bs = i, s
		}
	}
	return &m.cands[bi]
}

// isolated is how far from every other place of the article a town
// lies before its own repeats and its country no longer vouch for it. A
// sea or a region is measured from its centre, so it is never isolated.
const isolated = 500

// anchorWindow bounds how many mentions either side lend proximity, so
// resolution stays linear in the length of the text.
const anchorWindow = 40

// nearest returns the distance to the closest anchor among the mentions
// near mention skip (anchors are in mention order), leaving out the
// anchors of place self (-1 for none). Callers compare the distance with
// thresholds below limit: a distance of limit or more may come back as
// +Inf, so anchors that far in latitude alone are passed over unmeasured.
// Any distance below enough will do: the first found is returned.
func (cx *context) nearest(lat, lon float64, skip, self int, limit, enough float64) float64 {
	d := math.Inf(1)
	// flatKm is at least 111.2 km per degree of latitude apart; the
	// margin covers rounding.
	maxDLat := (limit + 1) / 111.2
	as := cx.anchors
	for i := cx.windowStart(lat, skip, maxDLat); i < len(as); i++ {
		a := &as[i]
		if a.m > skip+anchorWindow {
			break
		}
		if a.m == skip || a.idx == self || math.Abs(a.lat-lat) > maxDLat {
			continue
		}
		if x := flatKm(lat, lon, a.lat, a.lon); x < d {
			if d = x; d < enough {
				return d
			}
		}
	}
	if d >= limit {
		return math.Inf(1)
	}
	return d
}

// windowStart returns the first anchor of the mentions within
// anchorWindow of mention skip (anchors are in mention order), or past the
// last if every anchor lies more than maxDLat degrees of latitude from lat.
func (cx *context) windowStart(lat float64, skip int, maxDLat float64) int {
	if lat < cx.latLo-maxDLat || lat > cx.latHi+maxDLat {
		return len(cx.anchors)
	}
	as := cx.anchors
	lo, hi := 0, len(as)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); as[m].m < skip-anchorWindow {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nearestBoth returns nearest(lat, lon, skip, self, isolated, 30) and
// nearest(lat, lon, skip, -1, 300, 30) from one walk over the window:
// best asks both of a candidate. A distance under 30 km may differ from
// the one nearest returns, as nearest stops at the first such; callers
// only compare distances with thresholds of 30 km or more.
func (cx *context) nearestBoth(lat, lon float64, skip, self int) (other, all float64) {
	other, all = math.Inf(1), math.Inf(1)
	const enough = 30
	maxOther, maxAll := (isolated+1)/111.2, (300+1)/111.2
	as := cx.anchors
	for i := cx.windowStart(lat, skip, maxOther); i < len(as); i++ {
		a := &as[i]
		if a.m > skip+anchorWindow {
			break
		}
		dlat := math.Abs(a.lat - lat)
		if a.m == skip || dlat > maxOther {
			continue
		}
		x := flatKm(lat, lon, a.lat, a.lon)
		if a.idx != self {
			other = min(other, x)
		}
		if dlat <= maxAll {
			all = min(all, x)
		}
		if other < enough && all < enough {
			break
		}
	}
	if other >= isolated {
		other = math.Inf(1)
	}
	if all >= 300 {
		all = math.Inf(1)
	}
	return other, all
}

// sentenceAnchors returns the anchors of the places mention k's sentence
// names (k's own among them, if it has one).
func (cx *context) sentenceAnchors(ms []mention, k int) []anchor {
	as := cx.anchors
	lo := sort.Search(len(as), func(i int) bool { return ms[as[i].m].sent >= ms[k].sent })
	hi := lo
	for hi < len(as) && ms[as[hi].m].sent == ms[k].sent {
		hi++
	}
	return as[lo:hi]
}

// nearestBut is nearest for a fuzzy match: the dateline's place does not
// vouch for it, since a reporter's city is no clue to where a village of
// the story lies ("KYIV - ... the village of Zhelanne" is no Kyiv suburb).
func (cx *context) nearestBut(lat, lon float64, skip, dateline int, limit float64) float64 {
	d := math.Inf(1)
	for _, a := range cx.anchors {
		if a.m < skip-anchorWindow || a.m > skip+anchorWindow || a.m == skip || a.idx == dateline && dateline >= 0 {
			continue
		}
		if math.Abs(a.lat-lat) > (limit+1)/111.2 {
			continue
		}
		d = min(d, flatKm(lat, lon, a.lat, a.lon))
	}
	if d >= limit {
		return math.Inf(1)
	}
	return d
}

// listedAbroad reports whether a list neighbour of mention k lies in
// another country than k's pick.
func listedAbroad(cx *context, picks []pick, k int) bool {
	cc := picks[k].p.country
	if k > 0 && cx.listed[k] && picks[k-1].ok && picks[k-1].p.country != cc {
		return true
	}
	return k+1 < len(picks) && cx.listed[k+1] && picks[k+1].ok && picks[k+1].p.country != cc
}

// listNear reports whether another place of the list mention k belongs
// to lies within 60 km of c.
func listNear(cx *context, lat, lon float64, idx, k int) bool {
	near := func(q int) bool {
		i := sort.Search(len(cx.anchors), func(i int) bool { return cx.anchors[i].m >= q })
		if i == len(cx.anchors) || cx.anchors[i].m != q {
			return false
		}
		a := &cx.anchors[i]
		return a.idx != idx && flatKm(lat, lon, a.lat, a.lon) < 60
	}
	for q := k; q > 0 && k-q < 4 && cx.listed[q]; q-- {
		if near(q - 1) {
			return true
		}
	}
	for q := k + 1; q < len(cx.listed) && q-k < 4 && cx.listed[q]; q++ {
		if near(q) {
			return true
		}
	}
	return false
}

// farAway reports a pick that lies far from every country the article is
// about: a homonym, not the place meant.
func (g *Gazetteer) farAway(p *place, cx *context) bool {
	if p.kind == kindCountry || p.country == "" || len(cx.countries.keys) == 0 {
		return false
	}
	if cx.countries.get(p.country) > 0 {
		return false
	}
	for _, cc := range cx.countries.keys {
		c, ok := g.country(cc)
		if ok && km(p.lat, p.lon, c.lat, c.lon) <= precision(c)+300 {
			return false
		}
	}
	return true
}

// container places an unknown place on the region named in its sentence,
// else on the dateline's place, else on the article's country.
func (g *Gazetteer) container(ms []mention, picks []pick, k int, cx *context) pick {
	// "the town of Merawi, about 30 km south of Bahir Dar": the relative
	// position that follows places the unknown town.
	if n := k + 1; n < len(ms) && ms[n].offKM > 0 && picks[n].ok && !picks[n].fall &&
		ms[n].si-ms[k].sj <= 3 {
		b := picks[n].p
		lat, lon := offset(b.lat, b.lon, ms[n].offKM, ms[n].bearing)
		p := place{idx: b.idx, lat: lat, lon: lon, country: b.country, kind: kindTown, admin1: b.admin1,
			radius: math.Round(precision(b) + 0.25*ms[n].offKM + 1)}
		return pick{ok: true, p: p, fall: true}
	}
	region := func(q int) bool {
		return picks[q].ok && !picks[q].fall && picks[q].p.kind == kindRegion && !g.farAway(&picks[q].p, cx)
	}
	if ms[k].facility != "" {
		// A landmark lies in the town its sentence names, else in the
		// dateline's city; a country is too coarse to place it.
		for _, q := range []int{k - 1, k + 1, k - 2, k + 2, k - 3} {
			if q < 0 || q >= len(ms) || ms[q].sent != ms[k].sent {
				continue
			}
			if p := picks[q]; p.ok && !p.fall && (p.p.kind == kindCity || p.p.kind == kindTown) && ms[q].offKM == 0 && ms[q].facility == "" && !g.farAway(&p.p, cx) {
				c := p.p
				c.radius = max(precision(c), 10)
				return pick{ok: true, p: c, fall: true}
			}
		}
		if cx.focusIdx >= 0 {
			if c := g.get(cx.focusIdx); (c.kind == kindCity || c.kind == kindTown) && (cx.story == "" || c.country == cx.story) {
				c.radius = max(precision(c), 15)
				return pick{ok: true, p: c, fall: true}
			}
		}
		return pick{}
	}
	// "Buq Aqable (Bulo Burto, Hiraan)": the bracket names the district
	// by its seat and then the region; the seat is the closer container.
	if n := k + 1; ms[k].paren && n+1 < len(ms) && ms[n].si == ms[k].sj+1 && ms[n+1].si == ms[n].sj+1 &&
		picks[n].ok && !picks[n].fall && picks[n].p.kind >= kindCity && picks[n].p.kind <= kindVillage &&
		picks[n+1].ok && picks[n+1].p.kind == kindRegion && !g.farAway(&picks[n].p, cx) {
		c := picks[n].p
		c.radius = max(precision(c), 30)
		return pick{ok: true, p: c, fall: true}
	}
	// A town its sentence names: "the village of X, near Goma", "the town
	// of X in the Zgharta district" (a seat the index holds as a village).
	town := func(q int) bool {
		p := picks[q]
		return p.ok && !p.fall && p.p.kind >= kindCity && p.p.kind <= kindVillage && ms[q].offKM == 0 && !g.farAway(&p.p, cx)
	}
	near := func() (place, bool) {
		for _, q := range []int{k - 1, k + 1, k - 2, k + 2} {
			if q >= 0 && q < len(ms) && ms[q].sent == ms[k].sent && town(q) {
				c := picks[q].p
				c.radius = max(precision(c), 40)
				return c, true
			}
		}
		return place{}, false
	}
	rq := -1
	for q := k - 1; q >= 0 && ms[q].sent == ms[k].sent && rq < 0; q-- {
		if region(q) {
			rq = q
		}
	}
	for q := k + 1; q < len(ms) && ms[q].sent == ms[k].sent && rq < 0; q++ {
		if region(q) {
			rq = q
		}
	}
	if rq >= 0 {
		r := picks[rq].p
		// "the village of Zhelanne near Ocheretyne in Donetsk region": a
		// town of the region named beside the village is the closer
		// container.
		if c, ok := near(); ok && (c.admin1 == r.idx || km(c.lat, c.lon, r.lat, r.lon) < precision(r)) && precision(r) > c.radius {
			return pick{ok: true, p: c, fall: true}
		}
		return pick{ok: true, p: r, fall: true}
	}
	if c, ok := near(); ok {
		return pick{ok: true, p: c, fall: true}
	}
	if cx.focusIdx >= 0 && datelineAside(cx, g.get(cx.focusIdx)) {
		// "KYIV - ... shelling of the town of Selydove ... The ministry
		// claimed its troops had taken the village of Zhelanne": a
		// reporter in the capital, a story elsewhere. The town the
		// story named just before is the closer container.
		for q := k - 1; q >= 0 && ms[q].sent >= ms[k].sent-3; q-- {
			if town(q) && picks[q].p.idx != cx.focusIdx && ms[q].facility == "" {
				c := picks[q].p
				c.radius = max(precision(c), 40)
				return pick{ok: true, p: c, fall: true}
			}
		}
	}
	story := cx.story
	if cx.placed.get(story) == 0 && cx.placed.get(cx.focus) > 0 {
		// "US strikes" name the US often in a story whose places all lie
		// in the dateline's country: that is where the unknown place is.
		story = cx.focus
	}
	if cx.focusIdx >= 0 && (story == "" || g.get(cx.focusIdx).country == story) {
		p := g.get(cx.focusIdx)
		if p.kind <= kindRegion {
			return pick{ok: true, p: p, fall: true}
		}
		if p.kind == kindCity {
			p.radius = max(precision(p), 30)
			return pick{ok: true, p: p, fall: true}
		}
	}
	for _, cc := range []string{story, cx.focus} {
		if c, ok := g.country(cc); ok && cc != "" {
			return pick{ok: true, p: c, fall: true}
		}
	}
	return pick{}
}

// datelineAside reports a dateline city 300+ km from every other town
// of the story: where the reporter is, not where the story happens.
func datelineAside(cx *context, f place) bool {
	if f.kind != kindCity {
		return false
	}
	others := false
	for _, a := range cx.anchors {
		if a.idx == f.idx {
			continue
		}
		if flatKm(f.lat, f.lon, a.lat, a.lon) < 300 {
			return false
		}
		others = true
	}
	return others
}

// country returns the country place for an ISO code.
func (g *Gazetteer) country(cc string) (place, bool) {
	if i, ok := g.countries[cc]; ok {
		return g.get(i), true
	}
	return place{}, false
}
