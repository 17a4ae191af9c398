package ingest

import (
	"sync"

	"sitrep"
	"sitrep/internal/extract"
)

// memoEngine extracts each text once and replays the record after.
type memoEngine struct {
	eng  *extract.Engine
	mu   sync.Mutex
	recs map[string]any
}

func (m *memoEngine) Extract(a extract.Article) sitrep.Record {
	key := a.ID + "\x00" + Hash(a.Text)
	m.mu.Lock()
	r, ok := m.recs[key]
	m.mu.Unlock()
	if ok {
		return r.(sitrep.Record)
	}
	rec := m.eng.Extract(a)
	m.mu.Lock()
	m.recs[key] = rec
	m.mu.Unlock()
	return rec
}
