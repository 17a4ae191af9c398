package events

import (
	"strings"

	"sitrep/internal/text"
)

// entryHeader reports the header of a live blog's entry: a line of its own
// that opens with the clock time of the entry and ends with no full stop
// ("15:40 GMT - Toll from Manbij car bomb rises"). Like a headline, it names
// the happening its entry then tells, so it folds into the entry's event.
func entryHeader(d *text.Doc, s text.Sentence) bool {
	if s.Last <= s.First || s.Para == 0 {
		return false
	}
	t := &d.Tokens[s.First]
	if t.Kind != text.Number || !clock(t.Norm) || !header(d, s) {
		return false
	}
	si := d.SentenceOf(s.First)
	return (si == 0 || d.Sentences[si-1].Para != s.Para) && (si+1 >= len(d.Sentences) || d.Sentences[si+1].Para != s.Para)
}

// clock reports a time of day written h:mm or hh:mm.
func clock(n string) bool {
	i := strings.IndexByte(n, ':')
	if i < 1 || i > 2 || len(n) != i+3 {
		return false
	}
	for k := 0; k < len(n); k++ {
		if k != i && (n[k] < '0' || n[k] > '9') {
			return false
		}
	}
	return true
}
