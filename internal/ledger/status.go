package ledger

import (
	"fmt"
	"sort"
	"strings"

	"sitrep"
)

// FarApart is the ratio past which two claimants' figures for one status
// no longer describe the same toll; MinGap keeps small numbers ("2" vs
// "5") from counting as a dispute.
const (
	FarApart = 2.0
	MinGap   = 5
)

// Summarize builds an incident's page from its reports: where and when,
// claims side by side per claimant, each claimant's figures as ranges, and
// the status with the reasons for it.
func Summarize(g Group) sitrep.IncidentDetail {
	d := sitrep.IncidentDetail{EventReports: g.Reports, Links: g.Links}
	if d.Links == nil {
		d.Links = []sitrep.Link{}
	}
	s := &d.IncidentSummary
	s.ID = g.ID
	s.Events = len(g.Reports)
	s.Actors, s.Outlets = []string{}, []string{}
	types := map[string]int{}
	articles := map[string]bool{}
	outlets := map[string]bool{}
	actors := map[string]bool{}
	var best *sitrep.EventReport
	for i := range g.Reports {
		r := &g.Reports[i]
		ev := &r.Event
		types[ev.Type]++
		articles[r.ArticleID] = true
		outlets[reportOutlet(r)] = true
		for _, p := range r.Actors {
			if !actors[p.Name] {
				actors[p.Name] = true
				s.Actors = append(s.Actors, p.Name)
			}
		}
		if from, to, ok := DateRange(ev); ok {
			f, t := from.Format("2006-01-02"), to.Format("2006-01-02")
			if s.Date == "" || f < s.Date {
				s.Date = f
			}
			if t > s.DateEnd {
				s.DateEnd = t
			}
		}
		if HasPlace(ev.Place) && (best == nil || ev.Place.PrecisionKM < best.Event.Place.PrecisionKM) {
			best = r
		}
	}
	s.Type = mostCommon(types)
	for i := range g.Reports {
		if g.Reports[i].Event.Type == s.Type && g.Reports[i].Event.SubType != "" {
			s.SubType = g.Reports[i].Event.SubType
			break
		}
	}
	if best != nil {
		p := best.Event.Place
		s.Place, s.Lat, s.Lon, s.PrecisionKM, s.Country = p.Name, p.Lat, p.Lon, p.PrecisionKM, p.Country
	}
	s.Reports = len(articles)
	s.Outlets = sortedKeys(outlets)
	sort.Strings(s.Actors)

	d.Claimants, d.Ranges = claimants(g.Reports)
	for _, r := range d.Ranges {
		if r.Status == sitrep.StatusKilled && (s.Fatalities == 0 || r.Min < s.Fatalities) {
			s.Fatalities = r.Min
		}
	}
	s.Status, d.StatusReasons = status(g.Reports, d.Ranges, len(outlets))
	return d
}

func reportOutlet(r *sitrep.EventReport) string {
	if r.Outlet != "" {
		return r.Outlet
	}
	return "article " + r.ArticleID
}

func mostCommon(m map[string]int) string {
	best, n := "", -1
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// claimants groups claims and counts by who says them. A claimant's range
// for a status runs from its headline figure (the largest lower bound: "at
// least eight, including three children" is eight) to the largest upper
// bound, open when the headline figure is.
func claimants(reps []sitrep.EventReport) ([]sitrep.ClaimantView, []sitrep.Range) {
	views := map[string]*sitrep.ClaimantView{}
	view := func(p sitrep.Party) *sitrep.ClaimantView {
		v, ok := views[p.Key]
		if !ok {
			v = &sitrep.ClaimantView{Claimant: p, Claims: []sitrep.Quote{}, Ranges: []sitrep.Range{}}
			views[p.Key] = v
		}
		return v
	}
	seenClaim := map[string]bool{}
	type rkey struct{ claimant, status string }
	ranges := map[rkey]*sitrep.Range{}
	for i := range reps {
		r := &reps[i]
		for _, q := range r.Claims {
			k := q.ArticleID + "/" + q.Claim.ID
			if seenClaim[k] {
				continue
			}
			seenClaim[k] = true
			v := view(q.Source)
			v.Claims = append(v.Claims, q)
		}
		for _, f := range r.Counts {
			view(f.Claimant)
			k := rkey{f.Claimant.Key, f.Count.Status}
			rg, ok := ranges[k]
			c := f.Count
			if !ok {
				rg = &sitrep.Range{Claimant: f.Claimant, Status: c.Status, Min: c.Min, Max: c.Max}
				ranges[k] = rg
			} else {
				if c.Min > rg.Min || (c.Min == rg.Min && c.Max == nil) {
					rg.Min = c.Min
					if c.Max == nil {
						rg.Max = nil
					}
				}
				if rg.Max != nil && c.Max != nil && *c.Max > *rg.Max {
					m := *c.Max
					rg.Max = &m
				}
				if rg.Max != nil && *rg.Max < rg.Min {
					m := rg.Min
					rg.Max = &m
				}
			}
			if !contains(rg.Reports, r.ArticleID) {
				rg.Reports = append(rg.Reports, r.ArticleID)
			}
			if c.Text != "" && !contains(rg.Texts, c.Text) {
				rg.Texts = append(rg.Texts, c.Text)
			}
		}
	}
	var all []sitrep.Range
	for _, rg := range ranges {
		all = append(all, *rg)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Status != all[j].Status {
			return all[i].Status < all[j].Status
		}
		return all[i].Claimant.Key < all[j].Claimant.Key
	})
	for _, rg := range all {
		v := views[rg.Claimant.Key]
		v.Ranges = append(v.Ranges, rg)
	}
	out := make([]sitrep.ClaimantView, 0, len(views))
	for _, v := range views {
		out = append(out, *v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Claimant.Key < out[j].Claimant.Key })
	if all == nil {
		all = []sitrep.Range{}
	}
	return out, all
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// status decides how well sourced an incident is. A dispute outranks
// everything: a denial, a second perpetrator, or figures far apart. Then an
// incident only parties speak for; then one corroborated by a second,
// independent outlet; else it rests on a single source.
func status(reps []sitrep.EventReport, ranges []sitrep.Range, outlets int) (string, []string) {
	var disputes []string
	for i := range reps {
		for _, q := range reps[i].Claims {
			if q.Claim.Denial {
				disputes = append(disputes, fmt.Sprintf("%s denies (%s): %q", q.Source.Name, reps[i].ArticleID, clip(q.Claim.Text)))
			}
		}
	}
	if p := perpetrators(reps); len(p) > 1 {
		disputes = append(disputes, "reports name different perpetrators: "+strings.Join(p, "; "))
	}
	disputes = append(disputes, farApart(ranges)...)
	if len(disputes) > 0 {
		return sitrep.IncidentDisputed, disputes
	}
	var claimantsAll, party, independent []string
	seen := map[string]bool{}
	for i := range reps {
		for _, q := range reps[i].Claims {
			addParty(q.Source, seen, &claimantsAll, &party, &independent)
		}
		for _, f := range reps[i].Counts {
			if !strings.HasPrefix(f.Claimant.Key, "outlet:") && !strings.HasPrefix(f.Claimant.Key, "article:") {
				addParty(f.Claimant, seen, &claimantsAll, &party, &independent)
			}
		}
	}
	if len(claimantsAll) > 0 && len(party) == len(claimantsAll) {
		return sitrep.IncidentPartiesOnly, []string{"every claim comes from a party to the fighting: " + strings.Join(party, ", ")}
	}
	if outlets >= 2 {
		why := []string{fmt.Sprintf("reported by %d outlets independently", outlets)}
		if len(independent) > 0 {
			why = append(why, "independent sources: "+strings.Join(independent, ", "))
		}
		return sitrep.IncidentCorroborated, why
	}
	why := []string{"reported by one outlet only"}
	if len(independent) > 0 {
		why = append(why, "it cites "+strings.Join(independent, ", ")+", but no second outlet reports it")
	}
	return sitrep.IncidentSingleSource, why
}

func addParty(p sitrep.Party, seen map[string]bool, all, party, indep *[]string) {
	if seen[p.Key] {
		return
	}
	seen[p.Key] = true
	*all = append(*all, p.Name)
	switch {
	case p.Party:
		*party = append(*party, p.Name)
	case p.Independent:
		*indep = append(*indep, p.Name)
	}
}

// perpetrators lists, per report, the initiator it names, when reports of
// the same type name different ones.
func perpetrators(reps []sitrep.EventReport) []string {
	by := map[string][]string{}
	var keys []string
	for i := range reps {
		r := &reps[i]
		if r.Event.Type == sitrep.Battles || len(r.Actors) == 0 || len(r.Event.Actors) == 0 {
			// In a battle both sides initiate; naming the other side first
			// is not a dispute.
			continue
		}
		p := r.Actors[0]
		if p.Kind == sitrep.KindCivilians {
			continue
		}
		if _, ok := by[p.Key]; !ok {
			keys = append(keys, p.Key)
		}
		by[p.Key] = append(by[p.Key], p.Name+" per "+reportOutlet(r))
	}
	if len(keys) < 2 {
		return nil
	}
	sort.Strings(keys)
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		out = append(out, strings.Join(by[k], ", "))
	}
	return out
}

func farApart(ranges []sitrep.Range) []string {
	var out []string
	for i := range ranges {
		for j := range ranges {
			a, b := ranges[i], ranges[j]
			if i == j || a.Status != b.Status || a.Max == nil {
				continue
			}
			if float64(b.Min) > FarApart*float64(*a.Max) && b.Min-*a.Max >= MinGap {
				out = append(out, fmt.Sprintf("%s %s: %s says %s, %s says %s", "figures far apart for", a.Status,
					a.Claimant.Name, rangeText(a), b.Claimant.Name, rangeText(b)))
			}
		}
	}
	return out
}

func rangeText(r sitrep.Range) string {
	switch {
	case r.Max == nil:
		return fmt.Sprintf("at least %d", r.Min)
	case *r.Max == r.Min:
		return fmt.Sprint(r.Min)
	default:
		return fmt.Sprintf("%d to %d", r.Min, *r.Max)
	}
}

func clip(s string) string {
	if len(s) <= 120 {
		return s
	}
	cut := 117
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}
