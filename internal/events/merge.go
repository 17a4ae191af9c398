package events

import (
	"math"
	"slices"

	"sitrep"
	"sitrep/internal/text"
)

// priority ranks sub-types when one clause names several: "stormed the
// village and abducted 40" is an abduction, "an airstrike killed fighters"
// a strike.
func priority(c candidate) int {
	switch c.sub {
	case subAbduction, subSexual:
		return 9
	case subSuicide, subIED, subAirDrone, subShelling, subGrenade:
		return 8
	case subNSAOvertakes, subGovRegains:
		return 7
	case subViolentDemo, subMob, subIntervention, subExcessive:
		return 6
	case subPeaceful:
		return 5
	case subAttack:
		return 4
	case subArmedClash:
		return 3
	}
	return 2
}

// appendPruneSentence appends to dst one candidate per time in a sentence,
// the one of highest priority (strong before weak, the earlier on ties),
// plus the copies made for the other places of an enumeration.
func appendPruneSentence(dst, cs []candidate) []candidate {
	if len(cs) == 0 {
		return dst
	}
	base, out := len(dst), dst
	// A sentence has at most a few candidates: the one of the same time
	// (and enumerated place) is found by a linear search over their keys,
	// taken when each was first kept.
	var buf [maxTriggers]pruneKey
	keys := buf[:0]
	for _, c := range cs {
		k := keyOf(&c)
		i := slices.Index(keys, k)
		if i < 0 {
			keys = append(keys, k)
			out = append(out, c)
			continue
		}
		o := &out[base+i]
		// An act named as known ("used in the attack") is a reference;
		// the clause's own act ("detained two suspects") is the news.
		better := c.strong && !o.strong || c.strong == o.strong &&
			(o.definite && !c.definite || o.definite == c.definite && priority(c) > priority(*o))
		if better {
			c.actors = union(c.actors, o.actors)
			if o.place != nil && (c.place == nil || o.trig < c.trig) {
				c.place = o.place
			}
			*o = c
		} else {
			o.actors = union(o.actors, c.actors)
		}
	}
	return out
}

// pruneKey is what appendPruneSentence keeps one candidate per: a time and, for
// the copies made for an enumeration, a place name.
type pruneKey struct {
	date, end string
	named     bool
	name      string
}

func keyOf(c *candidate) pruneKey {
	k := pruneKey{date: c.date, end: c.end}
	if c.enum && c.place != nil {
		k.named, k.name = true, c.place.Name
	}
	return k
}

// mergeInto folds candidates that describe one happening (compatible type,
// same dates, places within each other's radius), building the result in
// out's array.
func mergeInto(out, cs []candidate) []candidate {
	for _, c := range cs {
		// "The strike hit a market", "after the attack": an act named as
		// known, with no time of its own, is the last such act told.
		if c.definite && !c.ownTime && c.strong {
			// A headline is folded into the body later, not the reverse.
			if i := lastOfType(out, c.typ); i >= 0 && !out[i].headline {
				fold(&out[i], c)
				continue
			}
		}
		// "The strikes on the town were the deadliest this year": an act
		// named as known, dated only by the month or year it is measured
		// over, is the last act of its type told there within that span.
		if c.definite && c.strong && c.precision == 3 {
			if i := lastOfType(out, c.typ); i >= 0 && !out[i].headline && out[i].date >= c.date && out[i].end <= c.end && near(out[i].place, c.place, 5) {
				fold(&out[i], c)
				continue
			}
		}
		// "The attack occurred early Thursday in Pont-Sondé": an act named
		// as known by a generic noun re-tells the last act, whatever type
		// its own words suggest, and its time and place make it precise.
		if c.definite && c.generic && c.strong {
			if i := lastStrong(out); i >= 0 && !out[i].headline && retells(&out[i], &c) {
				o := &out[i]
				fold(o, c)
				if c.placeOwn && c.place != nil && (o.place == nil || !o.placeOwn || c.place.PrecisionKM < o.place.PrecisionKM) {
					o.place, o.placeOwn = c.place, true
				}
				if c.dateStated && !o.dateStated || c.ownTime && !o.ownTime {
					o.date, o.end, o.precision, o.dateStated, o.ownTime = c.date, c.end, c.precision, c.dateStated, c.ownTime
				}
				continue
			}
		}
		if i := lastStrong(out); i >= 0 && restates(&out[i], &c) {
			fold(&out[i], c)
			continue
		}
		merged := false
		// Mentions of one happening sit near each other; looking back over a
		// bounded window keeps merging linear in a very long text.
		for i := max(0, len(out)-mergeWindow); i < len(out); i++ {
			o := &out[i]
			if !compatible(o, &c) {
				continue
			}
			if !o.strong && c.strong {
				o.typ, o.sub, o.strong = c.typ, c.sub, true
			}
			// The first mention with a time of its own dates the event, so
			// an undated mention never bridges two days.
			if !o.dateStated && c.dateStated || !o.ownTime && c.ownTime {
				o.date, o.end, o.precision, o.dateStated = c.date, c.end, c.precision, c.dateStated
			}
			o.ownTime = o.ownTime || c.ownTime
			if o.place == nil || (c.place != nil && (c.place.PrecisionKM < o.place.PrecisionKM ||
				o.headline && !c.headline && c.place.PrecisionKM <= o.place.PrecisionKM)) {
				o.place = c.place
			}
			o.headline = o.headline && c.headline
			o.actors = union(o.actors, c.actors)
			o.claims = union(o.claims, c.claims)
			o.counts = union(o.counts, c.counts)
			merged = true
			break
		}
		if !merged {
			out = append(out, c)
		}
	}
	return foldUpdates(foldHeadlines(out))
}

// foldUpdates folds each count update into the nearest event of its type
// told elsewhere in the article, before or after; an update of an act told
// nowhere else stays.
func foldUpdates(cs []candidate) []candidate {
	for i, u := range cs {
		if !u.update || u.typ == "" {
			continue
		}
		host := -1
		for j := range cs {
			if j != i && !cs[j].update && cs[j].typ == u.typ && near(u.place, cs[j].place, 0) && (host < 0 || abs(j-i) < abs(host-i)) {
				host = j
			}
		}
		if host >= 0 {
			fold(&cs[host], u)
			cs[i].typ = ""
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if c.typ != "" {
			out = append(out, c)
		}
	}
	return out
}

// fold adds what a further mention tells to an event: its sides, claims and
// counts, not its place or time.
func fold(o *candidate, c candidate) {
	o.actors = union(o.actors, c.actors)
	o.claims = union(o.claims, c.claims)
	o.counts = union(o.counts, c.counts)
}

func lastOfType(cs []candidate, typ string) int {
	for i := len(cs) - 1; i >= 0 && i >= len(cs)-mergeWindow; i-- {
		if cs[i].typ == typ && cs[i].strong {
			return i
		}
	}
	return -1
}

// retellSentences is how far a generic reference ("the attack") may sit
// from the act it re-tells.
const retellSentences = 4

// lastStrong is the latest strong act within the merge window.
func lastStrong(cs []candidate) int {
	for i := len(cs) - 1; i >= 0 && i >= len(cs)-mergeWindow; i-- {
		if cs[i].strong {
			return i
		}
	}
	return -1
}

// retells reports a further mention that may tell act o again: close
// after it, no two stated days apart, and its own place, if any, within
// o's reach.
func retells(o, c *candidate) bool {
	if c.sent-o.sent > retellSentences {
		return false
	}
	if o.dateStated && c.dateStated && o.ownTime && c.ownTime && (c.date > o.end || o.date > c.end) {
		return false
	}
	return !c.placeOwn || !o.placeOwn || near(o.place, c.place, headlineKM)
}

// foldHeadlines folds each headline event into the first body event of its
// type: the headline names the story's happening, the body dates and
// places it ("Shell hits displacement site near Goma" over "A shell struck
// a site at Kanyaruchinya on Wednesday"). A headline act the body never
// tells again stays. Each place a headline lists folds alike ("Cameroon:
// North-West and South-West - attacks on education").
func foldHeadlines(cs []candidate) []candidate {
	for i, h := range cs {
		if !h.headline {
			continue
		}
		host := -1
		for j := range cs {
			// A live blog's entry header folds into its own entry, which
			// ends where the next header's acts begin.
			if cs[j].headline && cs[j].sent > h.sent && h.sent > 0 {
				break
			}
			if !cs[j].headline && (h.sent == 0 || cs[j].sent > h.sent) && cs[j].typ == h.typ && near(h.place, cs[j].place, headlineKM) {
				host = j
				break
			}
		}
		if host < 0 && periodTitle(cs, &h) {
			cs[i].typ = ""
			continue
		}
		if host >= 0 {
			o := &cs[host]
			fold(o, h)
			if h.place != nil && o.place != nil && h.place.PrecisionKM < o.place.PrecisionKM {
				o.place = h.place
			}
			cs[i].typ = ""
		}
	}
	// Filtering in place is safe: the loop above is done with cs.
	out := cs[:0]
	for _, c := range cs {
		if c.typ != "" {
			out = append(out, c)
		}
	}
	return out
}

// headlineKM is how far a headline's place may lie from the body's: a
// headline names the region ("southern Lebanon") where the body names the
// town.
const headlineKM = 60

// near reports two places within each other's radius, or within km.
func near(a, b *sitrep.EventPlace, km float64) bool {
	if a == nil || b == nil {
		return true
	}
	r := math.Max(math.Max(a.PrecisionKM, b.PrecisionKM), km)
	return haversine(a.Lat, a.Lon, b.Lat, b.Lon) <= r
}

func compatible(a, b *candidate) bool {
	if a.typ != b.typ && a.strong && b.strong {
		return false
	}
	if !a.ownTime || !b.ownTime {
		// A mention with no time of its own ("al-Shabaab claimed to have
		// killed 30 soldiers in Wanlaweyn") is the act told at that place,
		// whenever the saying was.
	} else if a.dateStated && b.dateStated {
		if a.date != b.date || a.end != b.end {
			return false
		}
	} else if a.date > b.end || b.date > a.end {
		// An undated mention (a headline, a summary) joins the dated
		// happening whose window it overlaps.
		return false
	}
	if (a.place == nil) != (b.place == nil) {
		return false
	}
	if a.place != nil {
		r := math.Max(math.Max(a.place.PrecisionKM, b.place.PrecisionKM), 5)
		if haversine(a.place.Lat, a.place.Lon, b.place.Lat, b.place.Lon) > r {
			return false
		}
	}
	return true
}

func union(a, b []string) []string {
	for _, x := range b {
		found := false
		for _, y := range a {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			a = append(a, x)
		}
	}
	return a
}

// appendPruned appends to out a sentence's candidates pruned clause by
// clause where the sentence tells a second act in sequence: "clashed with fighters and then
// burned down 30 homes", "fired tear gas, then opened fire on the crowd",
// "shelled the village before storming it". The act after the sequencer
// is a happening of its own when it is of another type; one of the same
// type is the first act told in steps and is pruned with it.
func appendPruned(out []candidate, d *text.Doc, cs []candidate) []candidate {
	start := 0
	for i := 1; i < len(cs); i++ {
		if sequel(d, cs[start:i], cs[i]) {
			out = appendPruneSentence(out, cs[start:i])
			start = i
		}
	}
	return appendPruneSentence(out, cs[start:])
}

// sequel reports c as a strong act told after a sequencer ("and then",
// ", then", "before") that follows every act of group, with no act of its
// own type among them.
func sequel(d *text.Doc, group []candidate, c candidate) bool {
	if !c.strong || c.enum || c.definite {
		return false
	}
	if elsewhere(d, group, c) {
		return true
	}
	last := -1
	for _, g := range group {
		if g.enum {
			continue
		}
		if g.typ == c.typ || g.sent != c.sent || g.trig >= c.trig {
			return false
		}
		last = max(last, g.trig)
	}
	if last < 0 {
		return false
	}
	// The sequencer comes right before the verb, so the second act shares
	// the first one's subject. One with a subject of its own ("a bomber
	// drove a car into the post and gunmen then stormed it") is the next
	// step of one complex attack.
	k := c.trig - 1
	switch d.Tokens[k].Norm {
	case "before":
		return k > last
	case "then":
		// "and then", ", then"; not "gunmen then stormed".
		p := d.Tokens[k-1].Norm
		return k-1 > last && (p == "and" || p == ",")
	}
	return false
}

// elsewhere reports c as an act at a place of its own, told in a clause
// after every act of group and apart from their places: "fighters swept
// into Aleppo, while warplanes struck Idlib", "beheaded two fishermen
// near Mucojo and burned 30 houses in Quissanga", a headline's "clashes in
// Goma; protesters attack embassies in Kinshasa". Two places make two
// happenings whatever the acts' types.
func elsewhere(d *text.Doc, group []candidate, c candidate) bool {
	if !c.placeOwn || c.place == nil {
		return false
	}
	last := -1
	for _, g := range group {
		if g.enum {
			continue
		}
		if g.sent != c.sent || g.trig >= c.trig || g.place == nil ||
			g.place.Name == c.place.Name || near(g.place, c.place, 0) {
			return false
		}
		last = max(last, g.trig)
	}
	if last < 0 {
		return false
	}
	for k := last + 1; k < c.trig; k++ {
		switch d.Tokens[k].Norm {
		case ";", "while", "whereas":
			return true
		}
	}
	return false
}
