package actors

import "sitrep/internal/text"

// describe collects the folded words an article uses to characterise a
// mention: qualifiers just before it ("the paramilitary RSF", "the
// Palestinian group Hamas") and an appositive just after it ("Hamas, the
// Palestinian militant group,").
func (r *recognizer) describe(i, end int, ds []string) []string {
	toks := r.toks
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := &toks[k]
		if t.Kind != text.Word || !r.descriptive(k) {
			break
		}
		ds = append(ds, t.Norm)
	}
	if end+1 < len(toks) && toks[end].Norm == "," {
		k := end + 1
		if n := toks[k].Norm; n == "the" || n == "a" || n == "an" {
			// Only a closed appositive of lower-case words and demonyms
			// ("Hamas, the Palestinian militant group,") describes; "...,
			// the Russian Defence Ministry said" starts a new subject.
			n0 := len(ds)
			for k++; k < len(toks) && k < end+8; k++ {
				t := &toks[k]
				if t.Kind == text.Punct {
					if t.Norm != "," && t.Norm != "." && t.Norm != "-" {
						ds = ds[:n0]
					}
					break
				}
				n := r.rootAt(k)
				if !r.descriptive(k) || t.Cap && (n == nil || n.demonym == nil) {
					ds = ds[:n0]
					break
				}
				ds = append(ds, t.Norm)
			}
			if k == end+8 {
				ds = ds[:n0]
			}
		}
	}
	return ds
}

// descriptive reports words that characterise an actor: role nouns,
// qualifiers and demonyms.
func (r *recognizer) descriptive(k int) bool {
	if r.cls[k]&clsDescriptive != 0 {
		return true
	}
	n := r.rootAt(k)
	return r.toks[k].Cap && n != nil && n.demonym != nil
}
