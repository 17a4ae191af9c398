// Package ledger holds what every store shares: resolving a record into
// self-contained event reports, deciding which reports describe one
// happening, computing an incident's status with its reasons, and the SQL
// store both dialects (sqlite/, postgres/) configure.
package ledger

import (
	"sort"

	"sitrep"
	"sitrep/internal/text"
)

// PartyOf resolves an entity into the party a claim or count speaks for: a
// spokesman stands for the organisation he speaks for, so figures group by
// organisation, not by whoever read the statement.
func PartyOf(rec *sitrep.Record, entityID string) (sitrep.Party, bool) {
	e := entity(rec, entityID)
	if e == nil {
		return sitrep.Party{}, false
	}
	for hops := 0; e.SpeaksFor != "" && hops < 3; hops++ {
		p := entity(rec, e.SpeaksFor)
		if p == nil {
			break
		}
		e = p
	}
	return partyFromEntity(e), true
}

func partyFromEntity(e *sitrep.Entity) sitrep.Party {
	return sitrep.Party{
		Key: ActorKey(e), Name: e.Name, Kind: e.Kind, Party: e.Party,
		Independent: e.Independent && !e.Party, Country: e.Country, ACLEDName: e.ACLEDName,
	}
}

// ActorKey is an entity's identity across articles: its dictionary key when
// the engine recognised it, else its folded name.
func ActorKey(e *sitrep.Entity) string {
	if e.Actor != "" {
		return e.Actor
	}
	return "n:" + text.Fold(e.Name)
}

// OutletParty is the claimant of what an article states in its own voice.
func OutletParty(outlet, articleID string) sitrep.Party {
	if outlet == "" {
		return sitrep.Party{Key: "article:" + articleID, Name: "article " + articleID, Kind: sitrep.KindMedia, Independent: true}
	}
	return sitrep.Party{Key: "outlet:" + text.Fold(outlet), Name: outlet, Kind: sitrep.KindMedia, Independent: true}
}

func entity(rec *sitrep.Record, id string) *sitrep.Entity {
	for i := range rec.Entities {
		if rec.Entities[i].ID == id {
			return &rec.Entities[i]
		}
	}
	return nil
}

// Resolve turns an article's record into one self-contained report per
// event, with the claims and counts the engine attached to it. Claims and
// counts attached to no event stay out of incidents: guessing would put
// a cumulative toll or a background figure beside an incident's own and
// call it a dispute.
func Resolve(a sitrep.Article, rec *sitrep.Record) []sitrep.EventReport {
	claims := make(map[string]*sitrep.Claim, len(rec.Claims))
	for i := range rec.Claims {
		claims[rec.Claims[i].ID] = &rec.Claims[i]
	}
	counts := make(map[string]*sitrep.Count, len(rec.Counts))
	for i := range rec.Counts {
		counts[rec.Counts[i].ID] = &rec.Counts[i]
	}
	out := make([]sitrep.EventReport, 0, len(rec.Events))
	for _, ev := range rec.Events {
		r := sitrep.EventReport{
			UID: a.ID + "/" + ev.ID, ArticleID: a.ID, Version: a.Version, Outlet: a.Outlet,
			Title: a.Title, URL: a.URL, Published: a.Published, Event: ev,
			Actors: []sitrep.Party{}, Claims: []sitrep.Quote{}, Counts: []sitrep.Figure{},
		}
		for _, id := range ev.Actors {
			if p, ok := PartyOf(rec, id); ok {
				r.Actors = append(r.Actors, p)
			}
		}
		for _, id := range ev.Claims {
			if c, ok := claims[id]; ok {
				r.Claims = append(r.Claims, QuoteOf(a, rec, c))
			}
		}
		for _, id := range ev.Counts {
			c, ok := counts[id]
			if !ok {
				continue
			}
			f := sitrep.Figure{Count: *c, Claimant: OutletParty(a.Outlet, a.ID)}
			if c.Source != nil {
				if p, ok := PartyOf(rec, *c.Source); ok {
					f.Claimant = p
				}
			}
			r.Counts = append(r.Counts, f)
		}
		out = append(out, r)
	}
	return out
}

// QuoteOf resolves one claim's source.
func QuoteOf(a sitrep.Article, rec *sitrep.Record, c *sitrep.Claim) sitrep.Quote {
	q := sitrep.Quote{ArticleID: a.ID, Claim: *c, Outlet: a.Outlet, Published: a.Published}
	if p, ok := PartyOf(rec, c.Source); ok {
		q.Source = p
	} else {
		q.Source = sitrep.Party{Key: "n:" + text.Fold(c.Source), Name: c.Source, Party: c.Party, Independent: c.Independent}
	}
	// The claim's own flags are the engine's judgement for this statement.
	q.Source.Party = q.Source.Party || c.Party
	q.Source.Independent = !q.Source.Party && (q.Source.Independent || c.Independent)
	return q
}

// ActorKeys lists an event's distinct actor keys, sorted.
func ActorKeys(r *sitrep.EventReport) []string {
	keys := make([]string, 0, len(r.Actors))
	for _, p := range r.Actors {
		keys = append(keys, p.Key)
	}
	sort.Strings(keys)
	return dedupSorted(keys)
}

func dedupSorted(xs []string) []string {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}
