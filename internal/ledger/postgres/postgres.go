// Package postgres is the ledger on PostgreSQL, for teams: several ingest
// processes on several machines share one database.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"sitrep/internal/ledger"
)

//go:embed migrations/*.sql
var migrations embed.FS

// writeLock serialises incident linking across processes: linking reads
// the neighbourhood of new events and rewrites it, which two concurrent
// writers would otherwise each do against a stale view. Extraction, the
// costly part, runs outside it.
const writeLock = `SELECT pg_advisory_xact_lock(7243001)`

// Dialect is PostgreSQL's part of the ledger.
func Dialect() ledger.Dialect {
	sub, _ := fs.Sub(migrations, "migrations")
	return ledger.Dialect{
		Name:          "postgres",
		Migrations:    sub,
		Rebind:        ledger.RebindDollar,
		LockWrites:    writeLock,
		MigrationLock: writeLock,
		Search: `SELECT d.kind, d.article_id, d.claim_id, d.title,
			ts_headline('simple', d.body, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'), d.source, d.published
			FROM docs d, plainto_tsquery('simple', ?) q
			WHERE to_tsvector('simple', d.title || ' ' || d.body) @@ q /*filters*/
			ORDER BY ts_rank(to_tsvector('simple', d.title || ' ' || d.body), q) DESC, d.id LIMIT ? OFFSET ?`,
	}
}

// IsDSN reports whether s names a PostgreSQL database.
func IsDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to dsn and applies pending migrations.
func Open(ctx context.Context, dsn string, log *slog.Logger) (*ledger.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db.SetMaxOpenConns(16)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect postgres: %w", err)
	}
	s, err := ledger.Open(ctx, db, Dialect(), log)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}
