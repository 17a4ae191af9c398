package ledger

import (
	"context"
	"encoding/json"
	"fmt"

	"sitrep"
)

// Prepared is a submission with the part of its storing that reads no
// database done ahead: resolving its events, claims and actors and
// encoding their JSON. Ingest prepares in its extraction workers, on all
// cores, so that the one writer spends its time in the database.
type Prepared struct {
	Submission sitrep.Submission
	d          *derived
}

// Prepare does a submission's database-free work for an article that is
// new and keeps its id, the usual case; for another the writer redoes it.
func Prepare(sub sitrep.Submission) Prepared {
	a := sub.Article
	a.Version = 1
	rec := sub.Record
	rec.ID = a.ID
	d, err := derive(a, &rec)
	if err != nil {
		d = nil // the writer meets the error again and reports it
	}
	return Prepared{Submission: sub, d: d}
}

// PutPrepared is Put for prepared submissions.
func (s *DB) PutPrepared(ctx context.Context, subs []Prepared) ([]sitrep.PutResult, error) {
	return s.put(ctx, subs)
}

// derived is what storing an article version's record writes besides
// the rows that depend on the ledger (incidents, ids taken).
type derived struct {
	id      string
	version int
	record  string // the record's JSON
	reps    []sitrep.EventReport
	// bodies holds each report's JSON as first stored, by uid.
	bodies  map[string]string
	primary map[string]string // PrimaryEvents
	actors  [][]any           // insActors rows
	claims  []claimRow
}

type claimRow struct {
	q            sitrep.Quote
	body, folded string
}

// derive computes what storing version a.Version of article a.ID with
// rec writes, rec.ID being a.ID.
func derive(a sitrep.Article, rec *sitrep.Record) (*derived, error) {
	d := &derived{id: a.ID, version: a.Version}
	body, err := json.Marshal(rec)
	if err != nil {
		return nil, fmt.Errorf("encode record: %w", err)
	}
	d.record = string(body)
	// One row per actor key, the last entity's as before: PostgreSQL
	// refuses to update one row twice in a statement.
	last := make(map[string]int, len(rec.Entities))
	for i := range rec.Entities {
		last[ActorKey(&rec.Entities[i])] = i
	}
	for i := range rec.Entities {
		p := partyFromEntity(&rec.Entities[i])
		if last[p.Key] != i {
			continue
		}
		d.actors = append(d.actors, []any{p.Key, p.Name, text0(p.Name), p.Kind, b2i(p.Party), b2i(p.Independent), p.Country, p.ACLEDName})
	}
	d.reps = Resolve(a, rec)
	d.bodies = make(map[string]string, len(d.reps))
	for i := range d.reps {
		b, _ := json.Marshal(&d.reps[i])
		d.bodies[d.reps[i].UID] = string(b)
	}
	d.primary = PrimaryEvents(d.reps)
	d.claims = make([]claimRow, len(rec.Claims))
	for i := range rec.Claims {
		q := QuoteOf(a, rec, &rec.Claims[i])
		b, _ := json.Marshal(q)
		d.claims[i] = claimRow{q: q, body: string(b), folded: text0(q.Source.Name)}
	}
	return d, nil
}
