package events

import "sitrep/internal/text"

// buildIndex and pruneClauses run one stage on fresh scratch, as the tests
// call them one article at a time.
func buildIndex(in *Input) *index { return new(scratch).index(in) }

func pruneClauses(d *text.Doc, cs []candidate) []candidate { return appendPruned(nil, d, cs) }
