package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"sitrep/internal/ledger"
)

// CopyLoad writes grouped incidents' index rows with COPY, for benchmarks
// that need millions of events: BulkLoad's row-at-a-time inserts take an
// hour for that on PostgreSQL.
func CopyLoad(ctx context.Context, s *ledger.DB, groups []ledger.Group) error {
	rows, err := ledger.BulkRows(groups)
	if err != nil {
		return err
	}
	conn, err := s.SQL().Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		pc := dc.(*stdlib.Conn).Conn()
		tx, err := pc.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		for _, t := range []struct {
			name string
			cols []string
			rows [][]any
		}{
			{"events", ledger.EventCols, rows.Events},
			{"event_actors", ledger.EventActorCols, rows.EventActors},
			{"incidents", ledger.IncidentCols, rows.Incidents},
			{"incident_actors", ledger.IncidentActorCols, rows.IncidentActors},
		} {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
				return fmt.Errorf("copy %s: %w", t.name, err)
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO meta (k, v) VALUES ('max_span_days', $1), ('max_event_span_days', $2)`, rows.MaxSpan, rows.MaxEventSpan); err != nil {
			return err
		}
		return tx.Commit(ctx)
	})
}
