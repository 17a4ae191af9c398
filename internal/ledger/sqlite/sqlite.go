// Package sqlite is the embedded ledger: one file, a pure-Go driver (no
// cgo), WAL so readers never wait for the writer.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"runtime"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"sitrep/internal/ledger"
)

//go:embed migrations/*.sql
var migrations embed.FS

// pragmas apply to every connection the pool opens: WAL for concurrent
// readers, a busy timeout instead of immediate SQLITE_BUSY, NORMAL sync
// (durable at each WAL checkpoint, never corrupt), foreign keys on.
var pragmas = []string{
	"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)",
	"foreign_keys(ON)", "cache_size(-65536)", "temp_store(MEMORY)",
}

// DSN turns a file path (or a file: URI) into a DSN carrying the pragmas.
func DSN(path string) string {
	if strings.Contains(path, "_pragma=") {
		return path
	}
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	sep := "?"
	if strings.Contains(path, "?") {
		sep = "&"
	}
	return path + sep + q.Encode()
}

// Dialect is SQLite's part of the ledger.
func Dialect() ledger.Dialect {
	sub, _ := fs.Sub(migrations, "migrations")
	return ledger.Dialect{
		Name:       "sqlite",
		Migrations: sub,
		Rebind:     ledger.RebindNone,
		Terms:      quoteTerms,
		Prepare:    true,
		IndexDelete: `INSERT INTO docs_fts (docs_fts, rowid, title, body)
			SELECT 'delete', id, title, body FROM docs WHERE article_id = ? AND id <= ?`,
		IndexSync: `INSERT INTO docs_fts (rowid, title, body) SELECT id, title, body FROM docs WHERE id > ?`,
		Search: `SELECT d.kind, d.article_id, d.claim_id, d.title,
			snippet(docs_fts, 1, '[', ']', '…', 16), d.source, d.published
			FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid
			WHERE docs_fts MATCH ? /*filters*/ ORDER BY bm25(docs_fts), d.id LIMIT ? OFFSET ?`,
	}
}

// pageSize is the page size of a new ledger file. Larger pages than
// SQLite's 4096 bytes make the B-trees shallower and a commit write fewer
// WAL frames, each one two system calls.
const pageSize = 16384

// Open opens (creating if needed) the ledger at path.
func Open(ctx context.Context, path string, log *slog.Logger) (*ledger.DB, error) {
	if err := create(ctx, path); err != nil {
		return nil, fmt.Errorf("create sqlite %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", DSN(path))
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	// Keep connections: each one opens the file, runs the pragmas and
	// warms its own page cache, and closing one frees that cache; a pool
	// that churns (database/sql keeps 2 idle by default) spends its time
	// there.
	n := max(4, runtime.GOMAXPROCS(0)+2)
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxIdleTime(0)
	s, err := ledger.Open(ctx, db, Dialect(), log)
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// create makes a new ledger file with pageSize pages. The page size is
// fixed once the file has its first page, and switching to WAL (which
// the driver runs before any page_size pragma of the DSN) writes it, so a
// plain connection writes the first table before the ledger's open.
func create(ctx context.Context, path string) error {
	if strings.HasPrefix(path, "file:") || strings.Contains(path, ":memory:") {
		return nil
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.Size() > 0:
		return nil // a ledger keeps the page size it was made with
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil // the open reports it
	}
	db, err := sql.Open("sqlite", path+fmt.Sprintf("?_pragma=page_size(%d)", pageSize))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY)`)
	return err
}

// quoteTerms makes each word an FTS5 string, so punctuation inside a token
// ("8.6") and FTS5 keywords read as text; the terms are ANDed.
func quoteTerms(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(q, " ")
}
