package ledger

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"time"

	"sitrep"
)

// Group is one incident: its reports and the links that joined them.
type Group struct {
	ID      string
	Reports []sitrep.EventReport
	Links   []sitrep.Link
}

// IncidentID names the incident whose smallest report uid is uid. The
// smallest uid of a set does not depend on the order its members came in,
// so neither does the id.
func IncidentID(uid string) string {
	h := sha256.Sum256([]byte(uid))
	return "I" + hex.EncodeToString(h[:6])
}

// Components partitions reports into incidents: the connected components
// of the Compatible relation. It is a pure function of the set, which is
// what makes linking order-independent; the store calls it on the local
// neighbourhood an arriving article touches, which is enough because every
// report compatible with an arriving one is in that neighbourhood.
func Components(reps []sitrep.EventReport) []Group {
	rs := append([]sitrep.EventReport(nil), reps...)
	sort.Slice(rs, func(i, j int) bool { return rs[i].UID < rs[j].UID })
	n := len(rs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Sweep by first day so only reports whose dates can overlap are
	// compared.
	type span struct {
		i        int
		from, to time.Time
	}
	var dated []span
	for i := range rs {
		if f, t, ok := DateRange(&rs[i].Event); ok && HasPlace(rs[i].Event.Place) {
			dated = append(dated, span{i, f, t})
		}
	}
	sort.Slice(dated, func(a, b int) bool {
		if !dated[a].from.Equal(dated[b].from) {
			return dated[a].from.Before(dated[b].from)
		}
		return dated[a].i < dated[b].i
	})
	tol := DayTolerance * 24 * time.Hour
	type edge struct {
		a, b   int
		reason string
	}
	var edges []edge
	for x := range dated {
		for y := x + 1; y < len(dated) && !dated[y].from.After(dated[x].to.Add(tol)); y++ {
			a, b := dated[x].i, dated[y].i
			if ok, why := Compatible(&rs[a], &rs[b]); ok {
				if a > b {
					a, b = b, a
				}
				edges = append(edges, edge{a, b, why})
			}
		}
	}
	sort.Slice(edges, func(i, j int) bool {
		if edges[i].a != edges[j].a {
			return edges[i].a < edges[j].a
		}
		return edges[i].b < edges[j].b
	})
	var kept []edge
	for _, e := range edges {
		ra, rb := find(e.a), find(e.b)
		if ra == rb {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
		kept = append(kept, e)
	}
	byRoot := map[int]*Group{}
	var roots []int
	for i := range rs {
		r := find(i)
		g, ok := byRoot[r]
		if !ok {
			// Roots are the smallest index of their set: uids are sorted
			// and unions keep the smaller root.
			g = &Group{ID: IncidentID(rs[r].UID)}
			byRoot[r] = g
			roots = append(roots, r)
		}
		g.Reports = append(g.Reports, rs[i])
	}
	for _, e := range kept {
		g := byRoot[find(e.a)]
		g.Links = append(g.Links, sitrep.Link{A: rs[e.a].UID, B: rs[e.b].UID, Reason: e.reason})
	}
	out := make([]Group, 0, len(roots))
	for _, r := range roots {
		out = append(out, *byRoot[r])
	}
	return out
}
