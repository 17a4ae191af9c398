package extract

import (
	"slices"
	"strings"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/attribution"
	"sitrep/internal/counts"
	"sitrep/internal/dates"
	"sitrep/internal/text"
)

// toTimes folds date mentions into one Time per value, keeping every
// mention's span; the text shown is the first mention's.
func toTimes(doc *text.Doc, ms []dates.Mention) []sitrep.Time {
	// A first pass numbers the values, so the times and their mentions are
	// each allocated once at their exact size. Articles hold few dates, so
	// the index is on the stack and a scan replaces a map for most.
	var small [3 * 32]int
	ix := small[:]
	if 3*len(ms) > len(small) {
		ix = make([]int, 3*len(ms))
	}
	of, firsts, n := ix[:len(ms)], ix[len(ms):len(ms):2*len(ms)], ix[2*len(ms):3*len(ms)]
	var at map[string]int
	if len(ms) > 32 {
		at = make(map[string]int, len(ms))
	}
	for j := range ms {
		i, ok := -1, false
		if at != nil {
			i, ok = at[ms[j].Value]
		} else {
			for k, f := range firsts {
				if ms[f].Value == ms[j].Value {
					i, ok = k, true
					break
				}
			}
		}
		if !ok {
			i = len(firsts)
			firsts = append(firsts, j)
			if at != nil {
				at[ms[j].Value] = i
			}
		}
		of[j] = i
		n[i]++
	}
	out := make([]sitrep.Time, len(firsts))
	slab := make([]sitrep.Span, len(ms))
	for i, j := range firsts {
		m := &ms[j]
		out[i] = sitrep.Time{Text: doc.Text[m.Start:m.End], Value: m.Value, Granularity: m.Granularity}
		out[i].Mentions, slab = slab[:0:n[i]], slab[n[i]:]
	}
	for j := range ms {
		m, t := &ms[j], &out[of[j]]
		if m.RangeEnd != "" {
			t.End = m.RangeEnd
		}
		t.Mentions = append(t.Mentions, sitrep.Span{m.Start, m.End})
	}
	return out
}

// toClaims numbers the claims and copies party and independence from the
// source entity, or from the body a person speaks for.
func toClaims(doc *text.Doc, tab *actors.Table, cs []attribution.Claim) []sitrep.Claim {
	out := make([]sitrep.Claim, 0, len(cs))
	ids := newIDList('c', len(cs))
	for _, c := range cs {
		cl := sitrep.Claim{
			ID: ids.next(), Text: doc.Text[c.Content[0]:c.Content[1]], Source: c.Source,
			Via: c.Via, Cue: c.Cue, Denial: c.Denial, Span: c.Content,
		}
		if cl.Via == nil {
			cl.Via = []string{}
		}
		if e, ok := tab.Get(c.Source); ok {
			cl.Party, cl.Independent = e.Party, e.Independent
			if e.SpeaksFor != "" {
				if sf, ok := tab.Get(e.SpeaksFor); ok {
					cl.Party = cl.Party || sf.Party
					cl.Independent = cl.Independent || sf.Independent
				}
			}
		}
		out = append(out, cl)
	}
	return out
}

func toCounts(cs []counts.Count, claims []sitrep.Claim) []sitrep.Count {
	// The strings Source and Claim point to share one slab.
	k := 0
	for i := range cs {
		if cs[i].Source != "" {
			k++
		}
		if c := cs[i].Claim; c >= 0 && c < len(claims) {
			k++
		}
	}
	strs := make([]string, 0, k)
	out := make([]sitrep.Count, 0, len(cs))
	ids := newIDList('n', len(cs))
	for i := range cs {
		c := &cs[i]
		n := sitrep.Count{
			ID: ids.next(), Min: c.Min, Max: c.Max, Text: c.Text, Status: c.Status,
			Who: c.Who, Span: c.Span,
		}
		if c.Source != "" {
			strs = append(strs, c.Source)
			n.Source = &strs[len(strs)-1]
		}
		if c.Claim >= 0 && c.Claim < len(claims) {
			strs = append(strs, claims[c.Claim].ID)
			n.Claim = &strs[len(strs)-1]
		}
		out = append(out, n)
	}
	return out
}

// entitySpans are the mentions of organisations and people, which the
// geocoder must not read as places ("Kurdistan Workers' Party").
func entitySpans(es []sitrep.Entity) []sitrep.Span {
	return appendEntitySpans(nil, es)
}

// appendEntitySpans is entitySpans appending to dst, which it grows once.
func appendEntitySpans(dst []sitrep.Span, es []sitrep.Entity) []sitrep.Span {
	n := len(dst)
	for i := range es {
		n += len(es[i].Mentions)
	}
	dst = slices.Grow(dst, n-len(dst))
	for i := range es {
		dst = append(dst, es[i].Mentions...)
	}
	return dst
}

// focus is the article's main place: the most-mentioned place that is not a
// country, or the dateline's place when the story is filed from the country
// it is about. A dateline abroad ("BANGKOK (AP) —" on Myanmar) is where the
// reporter sits, not where things happened. The dateline's span is returned
// either way so events do not read it as a clause's place.
func focus(doc *text.Doc, places []sitrep.Place) (*sitrep.Place, sitrep.Span) {
	var best, dl *sitrep.Place
	var dlSpan sitrep.Span
	for i := range places {
		p := &places[i]
		if p.Kind == "country" || len(p.Mentions) == 0 {
			continue
		}
		if dl == nil {
			// The headline may name the place before the dateline does.
			for _, m := range p.Mentions {
				if isDateline(doc, m) {
					dl, dlSpan = p, m
					break
				}
			}
		}
		if best == nil || len(p.Mentions) > len(best.Mentions) {
			best = p
		}
	}
	if dl != nil && (best == nil || best == dl || best.Country == dl.Country) {
		return dl, dlSpan
	}
	return best, dlSpan
}

// isDateline reports whether a place mention opens a line in the first
// lines of the article and is followed by a comma or a dash ("GAZA –",
// "KHARTOUM, Nov 12 (Reuters) -").
func isDateline(doc *text.Doc, m sitrep.Span) bool {
	if m[0] > 600 {
		return false
	}
	i := doc.TokenAt(m[0])
	paren := i > 0 && i < len(doc.Tokens) && doc.Tokens[i-1].Norm == "(" && doc.Tokens[i-1].Newlines > 0
	if paren {
		i-- // "(Nairobi) –": the line starts at the bracket
	}
	if i >= len(doc.Tokens) || (i > 0 && doc.Tokens[i].Newlines == 0) {
		return false
	}
	j := doc.TokenAt(m[1])
	if j >= len(doc.Tokens) {
		return false
	}
	n := doc.Tokens[j].Norm
	if n == ")" && paren && j+1 < len(doc.Tokens) {
		n = doc.Tokens[j+1].Norm // "(Nairobi) –"
	}
	return n == "," || n == "-" || n == "("
}

// normalise gives every list field a non-nil value so the JSON has [] rather
// than null, as FORMAT.md shows.
func normalise(rec *sitrep.Record) {
	for i := range rec.Entities {
		e := &rec.Entities[i]
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		if e.Mentions == nil {
			e.Mentions = []sitrep.Span{}
		}
	}
	for i := range rec.Places {
		if rec.Places[i].Mentions == nil {
			rec.Places[i].Mentions = []sitrep.Span{}
		}
	}
	for i := range rec.Times {
		if rec.Times[i].Mentions == nil {
			rec.Times[i].Mentions = []sitrep.Span{}
		}
	}
	if rec.Places == nil {
		rec.Places = []sitrep.Place{}
	}
	if rec.Events == nil {
		rec.Events = []sitrep.Event{}
	}
}

// stateIndex maps every demonym and country name the dictionary knows to
// its state, for the events stage's "Israeli airstrike".
func stateIndex(d *actors.Dictionary) map[string]*actors.Country {
	m := map[string]*actors.Country{}
	for _, c := range d.Countries() {
		if c.Military == nil {
			continue
		}
		for _, n := range append(append([]string{c.Name}, c.Demonyms...), c.Aliases...) {
			if f := text.Fold(n); f != "" {
				if _, taken := m[f]; !taken {
					m[f] = c
				}
			}
		}
	}
	return m
}

// stateForce resolves a capitalised demonym or country name at a token to
// the entity of that state's military, adding it to the table when the
// article has not named it yet.
func (e *Engine) stateForce(doc *text.Doc, tab *actors.Table) func(int) (string, bool) {
	return func(k int) (string, bool) {
		c, ok := e.states[doc.Tokens[k].Norm]
		if !ok {
			return "", false
		}
		for _, ent := range tab.Entities {
			if ent.Actor == c.Military.Key {
				return ent.ID, true
			}
		}
		a := c.Military
		t := doc.Tokens[k]
		id := tab.Add(actors.Mention{First: k, Last: k + 1, Span: sitrep.Span{t.Start, t.End}, Actor: a,
			Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country})
		return id, true
	}
}

// crowds gives a protest or riot its crowd as the first actor when the
// text names none ("hundreds of people marched"): ACLED codes every such
// event with "Protesters (X)" or "Rioters (X)", beside any police or group
// the clause names.
func crowds(evs []sitrep.Event, tab *actors.Table) {
	for i := range evs {
		ev := &evs[i]
		name := ""
		switch ev.Type {
		case sitrep.Protests:
			name = "Protesters"
		case sitrep.Riots:
			name = "Rioters"
		default:
			continue
		}
		has := false
		for _, id := range ev.Actors {
			if e, ok := tab.Get(id); ok && tab.Generic(id) && (strings.HasPrefix(e.Name, "Protesters") || strings.HasPrefix(e.Name, "Rioters")) {
				has = true
				break
			}
		}
		if has {
			continue
		}
		id := tab.Add(actors.Mention{Name: name, Kind: sitrep.KindCivilians, Role: actors.RoleNeutral,
			Rule: actors.RuleGeneric, Generic: true})
		ev.Actors = append([]string{id}, ev.Actors...)
	}
}

// eventCountry is the country where the article's events happen: the one
// most of them are placed in (the first such on a tie), else the focus's.
// Unnamed groups take it as ACLED does ("Protesters (Kenya)").
func eventCountry(evs []sitrep.Event, focus *sitrep.Place) string {
	n := map[string]int{}
	best := ""
	for _, ev := range evs {
		if ev.Place == nil || ev.Place.Country == "" {
			continue
		}
		c := ev.Place.Country
		n[c]++
		if best == "" || n[c] > n[best] {
			best = c
		}
	}
	if best == "" && focus != nil {
		best = focus.Country
	}
	return best
}

// pruneGeneric drops generic groups ("residents", "civilians", "protesters")
// that no claim, count or event refers to: they name no actor a user would
// look up, and keeping them only clutters the entity list. An entity of kind
// other (a hospital, an institution) stays only when it speaks or acts.
// used is an empty map it may fill, so a caller can reuse one.
func pruneGeneric(rec *sitrep.Record, tab *actors.Table, used map[string]bool) {
	for _, c := range rec.Claims {
		used[c.Source] = true
		for _, v := range c.Via {
			used[v] = true
		}
	}
	for _, n := range rec.Counts {
		if n.Source != nil {
			used[*n.Source] = true
		}
	}
	for _, ev := range rec.Events {
		for _, a := range ev.Actors {
			used[a] = true
		}
	}
	for _, e := range rec.Entities {
		if e.SpeaksFor != "" && used[e.ID] {
			used[e.SpeaksFor] = true
		}
		if e.Parent != "" {
			used[e.Parent] = true
		}
	}
	kept := rec.Entities[:0]
	for _, e := range rec.Entities {
		if !used[e.ID] && (tab.Generic(e.ID) || e.Kind == sitrep.KindOther) {
			continue
		}
		kept = append(kept, e)
	}
	rec.Entities = kept
}
