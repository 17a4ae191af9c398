package extract

import (
	"strconv"
	"strings"
)

// idList hands out the ids prefix+"1", prefix+"2", … of one list, written
// end to end in a single string so a record's ids share one allocation.
type idList struct {
	all string
	at  int
}

// newIDList writes the n ids; prefix is a letter, so each id ends where
// the next one's prefix begins.
func newIDList(prefix byte, n int) idList {
	var b strings.Builder
	b.Grow(n * (1 + len(strconv.Itoa(n))))
	var num [20]byte
	for i := 1; i <= n; i++ {
		b.WriteByte(prefix)
		b.Write(strconv.AppendInt(num[:0], int64(i), 10))
	}
	return idList{all: b.String()}
}

// next returns the next id.
func (l *idList) next() string {
	j := l.at + 1
	for j < len(l.all) && l.all[j] >= '0' && l.all[j] <= '9' {
		j++
	}
	id := l.all[l.at:j]
	l.at = j
	return id
}
