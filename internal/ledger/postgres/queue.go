package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"sitrep"
	"sitrep/internal/ledger"
)

// MaxAttempts is how often an item is tried before it is marked failed.
const MaxAttempts = 3

var _ sitrep.Queue = (*Queue)(nil)

// Queue is the shared work queue of a PostgreSQL ledger.
type Queue struct {
	db *sql.DB
}

// NewQueue returns the queue of a ledger opened with Open.
func NewQueue(s *ledger.DB) *Queue { return &Queue{db: s.SQL()} }

// Enqueue adds items; a URL already queued is not queued again.
func (q *Queue) Enqueue(ctx context.Context, items []sitrep.QueueItem) (int, error) {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, `INSERT INTO queue (kind, payload) VALUES ($1, $2) ON CONFLICT DO NOTHING`)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	n := 0
	for _, it := range items {
		res, err := st.ExecContext(ctx, it.Kind, it.Payload)
		if err != nil {
			return 0, fmt.Errorf("enqueue: %w", err)
		}
		k, _ := res.RowsAffected()
		n += int(k)
	}
	return n, tx.Commit()
}

// Claim leases up to n ready items to worker. SKIP LOCKED lets many
// workers claim at once without waiting on or taking each other's rows.
func (q *Queue) Claim(ctx context.Context, worker string, n int, lease time.Duration) ([]sitrep.QueueItem, error) {
	rows, err := q.db.QueryContext(ctx, `UPDATE queue SET state = 'running', worker = $1, attempts = attempts + 1,
		lease_until = now() + $2 * interval '1 millisecond', updated = now()
		WHERE id IN (SELECT id FROM queue
			WHERE state = 'pending' OR (state = 'running' AND lease_until < now())
			ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
		RETURNING id, kind, payload`, worker, lease.Milliseconds(), n)
	if err != nil {
		return nil, fmt.Errorf("claim: %w", err)
	}
	defer rows.Close()
	var out []sitrep.QueueItem
	for rows.Next() {
		var it sitrep.QueueItem
		if err := rows.Scan(&it.ID, &it.Kind, &it.Payload); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// Done removes finished items.
func (q *Queue) Done(ctx context.Context, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	args := make([]any, len(ids))
	ph := make([]string, len(ids))
	for i, id := range ids {
		args[i] = id
		ph[i] = fmt.Sprintf("$%d", i+1)
	}
	_, err := q.db.ExecContext(ctx, `DELETE FROM queue WHERE id IN (`+strings.Join(ph, ",")+`)`, args...)
	return err
}

// Fail puts an item back, or marks it failed after MaxAttempts.
func (q *Queue) Fail(ctx context.Context, id int64, cause error) error {
	_, err := q.db.ExecContext(ctx, `UPDATE queue SET state = CASE WHEN attempts >= $2 THEN 'failed' ELSE 'pending' END,
		error = $3, lease_until = NULL, updated = now() WHERE id = $1`, id, MaxAttempts, cause.Error())
	return err
}

// Counts reports the queue's items by state.
func (q *Queue) Counts(ctx context.Context) (map[string]int, error) {
	rows, err := q.db.QueryContext(ctx, `SELECT state, COUNT(*) FROM queue GROUP BY state`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, err
		}
		out[s] = n
	}
	return out, rows.Err()
}
