package events

import (
	"math"

	"sitrep"
	"sitrep/internal/text"
)

// routeNouns make "between A and B" a stretch of ground: "on the road
// between Gusau and Kaura Namoda", "on the border between Churachandpur and
// Bishnupur districts".
var routeNouns = newWordSet(map[string]bool{
	"road": true, "highway": true, "route": true, "axis": true, "stretch": true, "section": true,
	"border": true, "boundary": true, "road's": true, "roads": true, "corridor": true, "track": true,
})

// betweenFill may stand between "between" and a place, or between "and"
// and the second: "between the towns of A and B".
var betweenFill = newWordSet(map[string]bool{"the": true, "towns": true, "villages": true, "cities": true, "of": true, "town": true, "village": true})

// routeReach is how far before "between" the route noun may stand: "the
// main road between", "the Gao-Ansongo road between".
const routeReach = 3

// midway places an act on a stretch between two places ("ambushed on the
// road between Afgooye and Wanlaweyn") at their midpoint, precise to half
// the distance: ACLED codes one event there, not one per town. a is the
// act's place; the other end is the place joined to it by "and".
func midway(in *Input, ix *index, s text.Sentence, a anchor) *sitrep.EventPlace {
	d := in.Doc
	first, second, ok := betweenPair(in, ix, s, a)
	if !ok {
		return nil
	}
	p, q := &in.Places[first.idx], &in.Places[second.idx]
	if p.Kind == "country" || q.Kind == "country" || wide(p) || wide(q) {
		return nil
	}
	span := haversine(p.Lat, p.Lon, q.Lat, q.Lon)
	if span > maxMidwayKM {
		return nil
	}
	ep := &sitrep.EventPlace{
		Name: "between " + d.Text[d.Tokens[first.tok].Start:d.Tokens[first.end-1].End] + " and " +
			d.Text[d.Tokens[second.tok].Start:d.Tokens[second.end-1].End],
		Lat: round4((p.Lat + q.Lat) / 2), Lon: round4((p.Lon + q.Lon) / 2),
		PrecisionKM: math.Max(math.Ceil(span/2), math.Max(p.PrecisionKM, q.PrecisionKM)),
	}
	if p.Country == q.Country {
		ep.Country = p.Country
		if p.Admin1 == q.Admin1 {
			ep.Admin1 = p.Admin1
		}
	}
	return ep
}

// maxMidwayKM is the longest stretch coded at its midpoint; a longer one
// ("the border between Sudan and Chad") is no place of an act.
const maxMidwayKM = 150

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// betweenPair finds the two places of "<route> between A and B" with a as
// either of them.
func betweenPair(in *Input, ix *index, s text.Sentence, a anchor) (first, second anchor, ok bool) {
	d := in.Doc
	as := within(ix.places, s)
	for i, b := range as {
		if b != a {
			continue
		}
		// a as the first: "between" before it.
		if k := skipBack(d, s, b.tok-1); k >= s.First && d.Tokens[k].Norm == "between" && routed(d, s, k) {
			if i+1 < len(as) {
				n := as[i+1]
				j := b.end
				if j < s.Last && d.Tokens[j].Norm == "and" && skipFwd(d, s, j+1) == n.tok {
					return b, n, true
				}
			}
		}
		// a as the second: "and" before it, the first after "between".
		if i > 0 {
			if k := skipBack(d, s, b.tok-1); k >= s.First && d.Tokens[k].Norm == "and" && as[i-1].end == k {
				f := as[i-1]
				if k := skipBack(d, s, f.tok-1); k >= s.First && d.Tokens[k].Norm == "between" && routed(d, s, k) {
					return f, b, true
				}
			}
		}
	}
	return anchor{}, anchor{}, false
}

func skipBack(d *text.Doc, s text.Sentence, k int) int {
	for k >= s.First && betweenFill.has(&d.Tokens[k]) {
		k--
	}
	return k
}

func skipFwd(d *text.Doc, s text.Sentence, k int) int {
	for k < s.Last && betweenFill.has(&d.Tokens[k]) {
		k++
	}
	return k
}

// routed reports a route noun just before "between" at k.
func routed(d *text.Doc, s text.Sentence, k int) bool {
	for j := k - 1; j >= s.First && j >= k-routeReach; j-- {
		if routeNouns.has(&d.Tokens[j]) {
			return true
		}
	}
	return false
}
