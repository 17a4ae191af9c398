package ledger

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

var _ sitrep.ActorLister = (*DB)(nil)

// Actors lists the actors the ledger knows, by name.
func (s *DB) Actors(ctx context.Context, f sitrep.Filter) ([]sitrep.Party, string, error) {
	cur, err := decodeCursor(f.Cursor, 2)
	if err != nil {
		return nil, "", err
	}
	var w where
	if q := text.Fold(f.Query); q != "" {
		w.add("(folded LIKE ? OR key LIKE ?)", "%"+q+"%", "%"+strings.ToLower(f.Query)+"%")
	}
	if f.Country != "" {
		w.add("country = ?", strings.ToUpper(f.Country))
	}
	if f.Party {
		w.add("party = 1")
	}
	if f.Independent {
		w.add("independent = 1")
	}
	if cur != nil {
		w.add("(name > ? OR (name = ? AND key > ?))", cur[0], cur[0], cur[1])
	}
	limit := limitOf(f.Page)
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT key, name, kind, party, independent, country, acled_name FROM actors`+w.sql()+
		` ORDER BY name, key LIMIT `+strconv.Itoa(limit+1)), w.args...)
	if err != nil {
		return nil, "", fmt.Errorf("list actors: %w", err)
	}
	defer rows.Close()
	out := []sitrep.Party{}
	for rows.Next() {
		var p sitrep.Party
		var party, indep int
		if err := rows.Scan(&p.Key, &p.Name, &p.Kind, &party, &indep, &p.Country, &p.ACLEDName); err != nil {
			return nil, "", err
		}
		p.Party, p.Independent = party == 1, indep == 1
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = encodeCursor(out[limit-1].Name, out[limit-1].Key)
	}
	return out, next, nil
}
