package gazetteer

import (
	"sitrep"
)

// work holds the scratch memory of one Places call. Geocoding runs once per
// article over millions of articles; fresh slices and maps per call cost
// more in allocation and collection than the matching itself, so calls
// borrow a work from the Gazetteer's pool and give it back.
type work struct {
	buf   []byte
	arena []cand
	ms    []mention
	excl  []sitrep.Span
	keys  []uint64
	dems  []string
	cl    []uint32 // a class per token (see scanner.cl)

	hints   []string
	bracket []bool
	picks   []pick
	listed  []bool
	anchors []anchor
	cx      context
	framed  map[string]bool

	seen  placeSet
	made  []newPlace
	spans []sitrep.Span
	owner []int // the output place of each of spans
}

// maxKept bounds the elements a pooled slice keeps between calls, so one
// very long article does not pin its scratch memory for the process's life.
const maxKept = 1 << 12

// maxKeptTokens bounds the per-token scratch kept between calls: a long
// article has more tokens than mentions.
const maxKeptTokens = 1 << 16

func (g *Gazetteer) getWork() *work {
	if w, ok := g.pool.Get().(*work); ok {
		return w
	}
	return &work{
		cx:     context{countries: new(tally), regions: map[int]bool{}, placed: new(tally)},
		framed: map[string]bool{},
	}
}

func (g *Gazetteer) putWork(w *work) {
	if cap(w.cl) > maxKeptTokens {
		w.cl = nil
	}
	if cap(w.arena) > maxKept || cap(w.ms) > maxKept || cap(w.excl) > maxKept || cap(w.keys) > maxKept || cap(w.picks) > maxKept ||
		cap(w.anchors) > maxKept || cap(w.made) > maxKept || cap(w.spans) > maxKept || cap(w.owner) > maxKept ||
		len(w.framed) > maxKept || cap(w.seen.keys) > maxKept || len(w.cx.regions) > maxKept {
		return
	}
	g.pool.Put(w)
}

// zeroed returns s resized to n zero elements, reusing its array if it can.
func zeroed[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// addMention records a mention of the place at index at of assemble's
// output.
func (w *work) addMention(at int, sp sitrep.Span) {
	w.spans = append(w.spans, sp)
	w.owner = append(w.owner, at)
}
