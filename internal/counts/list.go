package counts

// Situation reports tabulate figures under a lead line: "Partners
// reported the following displacement:" then "Afgooye: 5,600 people" or
// "Mecúfi ........ 4,870 people". The row says only "people"; the lead
// says what happened to them.

// listStatus returns the status the lead line of the list holding token i
// names ("the following new arrivals were recorded:"), or "".
func (f *finder) listStatus(i int) string {
	a := f.doc.LineStart(i)
	if !f.doc.ListLine(a, f.doc.LineEnd(i)) {
		return ""
	}
	for n := 0; a > 0 && n < 40; n++ {
		p := f.doc.LineStart(a - 1)
		if f.norm(a-1) == ":" {
			for k := p; k < a; k++ {
				if st := f.statusAt(k); st != "" {
					return st
				}
			}
			return ""
		}
		if !f.doc.ListLine(p, a) {
			return ""
		}
		a = p
	}
	return ""
}

// moverOnly reports that the displacement the count [first, after) got
// comes only from a word of movement.
func (f *finder) moverOnly(first, after int) bool {
	for k := max(0, first-4); k < len(f.toks) && k < after+12; k++ {
		if st := f.status(k); st != "" && !f.is(k, cMovers) {
			return false
		}
	}
	return true
}
