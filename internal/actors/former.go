package actors

// formerWords introduce a body's earlier name in apposition ("the Africa
// Corps, formerly the Wagner Group", "HTS (previously known as the Nusra
// Front)").
var formerWords = map[string]bool{"formerly": true, "previously": true, "once": true}

// formerNames makes a name given in apposition as a body's earlier name one
// entity with the body: every mention of the earlier name in the article
// becomes a mention of the body, so the record carries both names once.
func (r *recognizer) formerNames() {
	toks := r.doc.Tokens
	// ending maps a token to the mention ending there; few articles give
	// an earlier name, so it is built at the first that does.
	var ending map[int]int
	var redirect map[entityKey]int
	for k := range r.out {
		m := &r.out[k]
		j := m.First - 1
		if j >= 0 && toks[j].Norm == "the" {
			j--
		}
		if j >= 1 && toks[j].Norm == "as" && (toks[j-1].Norm == "known" || toks[j-1].Norm == "called") {
			j -= 2
		}
		if j < 1 || !r.tagged(j, tagFormer) {
			continue
		}
		if p := toks[j-1].Norm; p != "," && p != "(" {
			continue
		}
		if ending == nil {
			ending = make(map[int]int, len(r.out))
			for k := range r.out {
				if !r.out[k].Modifier {
					ending[r.out[k].Last] = k
				}
			}
		}
		pk, ok := ending[j-1]
		if !ok || pk == k {
			continue
		}
		if prev := &r.out[pk]; prev.key() != m.key() && prev.Kind != "person" && m.Kind != "person" {
			if redirect == nil {
				redirect = map[entityKey]int{}
			}
			redirect[m.key()] = pk
		}
	}
	if len(redirect) == 0 {
		return
	}
	for k := range r.out {
		m := &r.out[k]
		pk, ok := redirect[m.key()]
		if !ok {
			continue
		}
		p := r.out[pk]
		m.Actor, m.Name, m.Kind, m.Role, m.Country, m.ACLED, m.alts = p.Actor, p.Name, p.Kind, p.Role, p.Country, p.ACLED, nil
	}
}
