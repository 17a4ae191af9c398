package ledger

import "strings"

// batchInsert is an INSERT that takes many rows a statement. An article
// adds a dozen claims, search documents, actors and event rows; one
// statement per table instead of one per row saves the driver's and the
// database's fixed cost per statement, the larger part of a small row's.
type batchInsert struct {
	head  string // INSERT INTO t (columns) VALUES
	tail  string // what follows the value lists (ON CONFLICT …)
	width int    // columns a row
}

// maxBatchRows bounds a statement's rows: SQLite's and PostgreSQL's
// parameter limits are far above 64 rows of 14 columns.
const maxBatchRows = 64

var (
	insDocs = batchInsert{head: `INSERT INTO docs (article_id, kind, claim_id, title, body, source, published) VALUES`, width: 7}
	// An actor row is rewritten only when something about it changed.
	insActors = batchInsert{head: `INSERT INTO actors (key, name, folded, kind, party, independent, country, acled_name) VALUES`,
		tail: ` ON CONFLICT (key) DO UPDATE SET name = excluded.name, folded = excluded.folded, kind = excluded.kind, party = excluded.party,
			independent = excluded.independent, country = excluded.country, acled_name = excluded.acled_name
			WHERE actors.name <> excluded.name OR actors.kind <> excluded.kind OR actors.party <> excluded.party
			OR actors.independent <> excluded.independent OR actors.country <> excluded.country OR actors.acled_name <> excluded.acled_name`,
		width: 8}
	insClaims = batchInsert{head: `INSERT INTO claims (article_id, claim_id, incident, event_uid, source_key, source_name, source_folded, party, independent, denial, published, outlet, text, body) VALUES`,
		width: 14}
	insEvents = batchInsert{head: `INSERT INTO events (uid, article_id, type, date, date_end, span_days, lat, lon, precision_km, country, incident, published, body) VALUES`,
		width: 13}
	insEventActors    = batchInsert{head: `INSERT INTO event_actors (uid, actor) VALUES`, tail: ` ON CONFLICT DO NOTHING`, width: 2}
	insIncidentActors = batchInsert{head: `INSERT INTO incident_actors (incident, actor) VALUES`, width: 2}
)

// batchOrder is the order pending rows are flushed in, so that row ids
// (search documents) follow the order rows were added.
var batchOrder = []*batchInsert{&insDocs, &insActors, &insClaims, &insEvents, &insEventActors, &insIncidentActors}

// add queues a row of b for the next flush.
func (w *writer) add(b *batchInsert, row ...any) {
	if w.pending == nil {
		w.pending = map[*batchInsert][]any{}
	}
	w.pending[b] = append(w.pending[b], row...)
}

// flush writes every queued row. Rows wait at most until the end of the
// article that queued them: the next article's lookups must see them.
func (w *writer) flush() error {
	for _, b := range batchOrder {
		args := w.pending[b]
		for len(args) > 0 {
			n := min(len(args)/b.width, maxBatchRows)
			if err := w.exec(b.head+valueLists(n, b.width)+b.tail, args[:n*b.width]...); err != nil {
				return err
			}
			args = args[n*b.width:]
		}
		if len(w.pending[b]) > 0 {
			w.pending[b] = w.pending[b][:0]
		}
	}
	return nil
}

// valueLists is n lists of width placeholders: " (?,?),(?,?)".
func valueLists(n, width int) string {
	row := "(" + marks(width) + ")"
	var b strings.Builder
	b.Grow(1 + n*(len(row)+1))
	b.WriteByte(' ')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	return b.String()
}
