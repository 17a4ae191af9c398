package ledger

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"log/slog"
	"sort"
	"strings"
	"time"

	"sitrep"
)

// Dialect is what differs between the SQL databases the ledger runs on.
// Everything else is shared SQL written with ? placeholders.
type Dialect struct {
	Name string
	// Migrations holds NNN_name.sql files applied in name order.
	Migrations fs.FS
	// Rebind turns ? placeholders into the dialect's.
	Rebind func(string) string
	// LockWrites, when set, runs first in every write transaction so
	// writers from several processes link incidents one at a time.
	LockWrites string
	// Search runs a full-text query over docs d; args are the query text,
	// the filters' arguments (their conditions replace /*filters*/), then
	// limit and offset. It returns rows of (kind, article_id, claim_id,
	// title, snippet, source, published).
	Search string
	// Terms turns plain search words into the dialect's query syntax;
	// nil passes them through.
	Terms func(words []string) string
	// IndexDelete, when set, runs before an article's search documents
	// are deleted (args: article id, the largest docs id indexed before
	// this transaction); IndexSync runs at the end of every write
	// transaction (arg: that same id) to index the documents it added.
	IndexDelete, IndexSync string
	// Prepare makes the write path prepare each statement once per
	// transaction. Drivers that cache prepared statements per connection
	// (pgx) are faster without it.
	Prepare bool
	// MigrationLock, when set, runs before migrations (in their
	// transaction) so concurrent processes do not race to create tables.
	MigrationLock string
}

// DB is the SQL ledger shared by both dialects.
type DB struct {
	db  *sql.DB
	d   Dialect
	log *slog.Logger
	now func() time.Time
}

var _ sitrep.Store = (*DB)(nil)

// Open wraps an open database, applying pending migrations.
func Open(ctx context.Context, db *sql.DB, d Dialect, log *slog.Logger) (*DB, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &DB{db: db, d: d, log: log, now: time.Now}
	if err := s.migrate(ctx); err != nil {
		return nil, fmt.Errorf("migrate %s ledger: %w", d.Name, err)
	}
	return s, nil
}

// SQL exposes the underlying handle to dialect packages (queue, tests).
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

func (s *DB) q(query string) string { return s.d.Rebind(query) }

func (s *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(s.d.Migrations, "*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.d.MigrationLock != "" {
		if _, err := tx.ExecContext(ctx, s.d.MigrationLock); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)`); err != nil {
		return err
	}
	for _, name := range names {
		var n int
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM schema_migrations WHERE name = ?`), name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		body, err := fs.ReadFile(s.d.Migrations, name)
		if err != nil {
			return err
		}
		for _, stmt := range splitStatements(string(body)) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO schema_migrations (name) VALUES (?)`), name); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// splitStatements splits a migration at lines holding only "-- +split",
// which lets trigger bodies keep their semicolons.
func splitStatements(body string) []string {
	var out []string
	for _, part := range strings.Split(body, "\n-- +split\n") {
		if strings.TrimSpace(part) != "" {
			out = append(out, part)
		}
	}
	return out
}

// RebindDollar numbers ? placeholders as $1, $2, … (PostgreSQL). The
// ledger's SQL never holds a literal question mark.
func RebindDollar(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// RebindNone leaves ? placeholders as they are (SQLite).
func RebindNone(q string) string { return q }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// DialectName names the database the ledger runs on.
func (s *DB) DialectName() string { return s.d.Name }
