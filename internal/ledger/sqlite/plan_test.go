package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/ledger/sqlite"
)

// TestListPlans checks that the list queries (the shapes internal/ledger's
// Incidents and Events build, with and without a cursor) read an index in
// sort order: a full scan or a sort makes a page cost the whole table.
func TestListPlans(t *testing.T) {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const inc = `SELECT date, id, summary FROM incidents`
	const neighbours = `SELECT uid, incident, type, date, date_end, lat, lon, precision_km FROM events WHERE `
	const near = ` AND date <= ? AND date_end >= ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND article_id <> ?`
	const order = ` ORDER BY date DESC, id DESC LIMIT 51`
	tests := []struct {
		name, query, index string
	}{
		{"first page", inc + order, "incidents_date"},
		{"next page", inc + ` WHERE (date, id) < (?, ?)` + order, "incidents_date"},
		{"type", inc + ` WHERE type = ?` + order, "incidents_type"},
		{"type next", inc + ` WHERE type = ? AND (date, id) < (?, ?)` + order, "incidents_type"},
		{"status next", inc + ` WHERE status = ? AND (date, id) < (?, ?)` + order, "incidents_status"},
		{"country", inc + ` WHERE country = ?` + order, "incidents_country"},
		{"country next", inc + ` WHERE country = ? AND (date, id) < (?, ?)` + order, "incidents_country"},
		{"window", inc + ` WHERE date >= ? AND date_end >= ? AND date <= ?` + order, "incidents_date"},
		{"events next", `SELECT date, uid, body FROM events WHERE (date, uid) < (?, ?) ORDER BY date DESC, uid DESC LIMIT 51`, "events_date"},
		// The write path's neighbour searches (internal/ledger's search).
		{"neighbours", neighbours + `date >= ?` + near, "events_date"},
		{"long neighbours", neighbours + `span_days > ?` + near, "events_long"},
		{"claims of a moved event", `UPDATE claims SET incident = ? WHERE article_id = ? AND event_uid = ?`, "sqlite_autoindex_claims_1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := make([]any, strings.Count(tt.query, "?"))
			for i := range args {
				args[i] = "a"
			}
			rows, err := s.SQL().Query("EXPLAIN QUERY PLAN "+tt.query, args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			got := strings.Join(plan, "; ")
			if !strings.Contains(got, "INDEX "+tt.index) || strings.Contains(got, "TEMP B-TREE") {
				t.Errorf("plan %q: want a read of %s in order, no sort", got, tt.index)
			}
		})
	}
}
