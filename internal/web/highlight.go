package web

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"sitrep"
)

// ann is one highlight: a part of the record and the text it covers.
type ann struct {
	ID     string
	Kind   string // entity, place, time, count, claim
	Title  string
	Denial bool
	start  int
	end    int
	prio   int
}

// segment is a run of text under at most one claim and one inner
// highlight. Anchors sit on the first segment of an annotation so the
// record's tables and other pages can link into the text.
type segment struct {
	Text        string
	Claim       *ann
	ClaimAnchor string
	Inner       *ann
	InnerAnchor string
}

// highlight cuts an article's text into segments. Claims are the outer
// layer; entities, places, dates and counts the inner one, where on
// overlap a count beats a place, a place a date and a date an entity.
// Spans are clamped to the text and to whole characters, so a bad record
// cannot break the page.
func highlight(txt string, rec sitrep.Record) []segment {
	names := map[string]string{}
	for _, e := range rec.Entities {
		names[e.ID] = e.Name
	}
	var claims, inner []*ann
	for _, c := range rec.Claims {
		src := names[c.Source]
		if src == "" {
			src = c.Source
		}
		stand := "other"
		if c.Party {
			stand = "party"
		} else if c.Independent {
			stand = "independent"
		}
		t := "Claim " + c.ID + " by " + src + " (" + stand + ")"
		if c.Cue != "" {
			t += " · cue “" + c.Cue + "”"
		}
		if c.Denial {
			t += " · denial"
		}
		claims = appendAnn(claims, txt, &ann{ID: c.ID, Kind: "claim", Title: t, Denial: c.Denial}, c.Span)
	}
	for _, e := range rec.Entities {
		t := "Entity " + e.ID + ": " + e.Name + " · " + e.Kind
		if e.Party {
			t += " · party to the fighting"
		} else if e.Independent {
			t += " · independent"
		}
		if e.Actor != "" {
			t += " · actor " + e.Actor
		}
		for _, m := range e.Mentions {
			inner = appendAnn(inner, txt, &ann{ID: e.ID, Kind: "entity", Title: t, prio: 3}, m)
		}
	}
	for _, p := range rec.Places {
		t := "Place " + p.ID + ": " + p.Name
		if p.Country != "" {
			t += ", " + p.Country
		}
		t += " · " + strconv.FormatFloat(p.Lat, 'f', 4, 64) + ", " + strconv.FormatFloat(p.Lon, 'f', 4, 64) +
			" · ±" + strconv.FormatFloat(p.PrecisionKM, 'f', -1, 64) + " km"
		for _, m := range p.Mentions {
			inner = appendAnn(inner, txt, &ann{ID: p.ID, Kind: "place", Title: t, prio: 1}, m)
		}
	}
	for i, tm := range rec.Times {
		id := "t" + strconv.Itoa(i+1)
		t := "Date: " + tm.Value
		if tm.End != "" {
			t += " to " + tm.End
		}
		t += " (" + tm.Granularity + ")"
		for _, m := range tm.Mentions {
			inner = appendAnn(inner, txt, &ann{ID: id, Kind: "time", Title: t, prio: 2}, m)
		}
	}
	for _, c := range rec.Counts {
		src := "the article itself"
		if c.Source != nil {
			src = names[*c.Source]
			if src == "" {
				src = *c.Source
			}
		}
		t := "Count " + c.ID + ": " + figure(c.Min, c.Max) + " " + c.Status
		if c.Who != "" {
			t += " · " + c.Who
		}
		t += " · source: " + src
		inner = appendAnn(inner, txt, &ann{ID: c.ID, Kind: "count", Title: t, prio: 0}, c.Span)
	}
	claims = nonOverlapping(claims, len(txt))
	inner = nonOverlapping(inner, len(txt))

	cuts := []int{0, len(txt)}
	for _, a := range claims {
		cuts = append(cuts, a.start, a.end)
	}
	for _, a := range inner {
		cuts = append(cuts, a.start, a.end)
	}
	sort.Ints(cuts)
	var segs []segment
	ci, ii := 0, 0
	seen := map[string]bool{}
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		s := segment{Text: txt[a:b]}
		for ci < len(claims) && claims[ci].end <= a {
			ci++
		}
		if ci < len(claims) && claims[ci].start <= a {
			s.Claim = claims[ci]
			if claims[ci].start == a {
				s.ClaimAnchor = claims[ci].ID
			}
		}
		for ii < len(inner) && inner[ii].end <= a {
			ii++
		}
		if ii < len(inner) && inner[ii].start <= a {
			s.Inner = inner[ii]
			if id := inner[ii].ID; inner[ii].start == a && !seen[id] {
				seen[id] = true
				s.InnerAnchor = id
			}
		}
		segs = append(segs, s)
	}
	return segs
}

// appendAnn adds a with span sp, clamped to txt and widened to whole
// characters; an empty or reversed span is dropped.
func appendAnn(list []*ann, txt string, a *ann, sp sitrep.Span) []*ann {
	s, e := max(sp[0], 0), min(sp[1], len(txt))
	if s >= e {
		return list
	}
	for s > 0 && !utf8.RuneStart(txt[s]) {
		s--
	}
	for e < len(txt) && !utf8.RuneStart(txt[e]) {
		e++
	}
	if strings.TrimSpace(txt[s:e]) == "" {
		return list
	}
	c := *a
	c.start, c.end = s, e
	return append(list, &c)
}

// nonOverlapping keeps, by priority then position, the annotations that
// do not overlap one already kept, and returns them in text order.
func nonOverlapping(list []*ann, n int) []*ann {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].prio != list[j].prio {
			return list[i].prio < list[j].prio
		}
		if list[i].start != list[j].start {
			return list[i].start < list[j].start
		}
		return list[i].end > list[j].end
	})
	taken := make([]bool, n)
	var out []*ann
next:
	for _, a := range list {
		for i := a.start; i < a.end; i++ {
			if taken[i] {
				continue next
			}
		}
		for i := a.start; i < a.end; i++ {
			taken[i] = true
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}
