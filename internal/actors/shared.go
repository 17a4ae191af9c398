package actors

import "sitrep"

// shareGenericForms lets every state share a force's generic form that one
// state's row lists bare. Yemen's army is written "National Army", and so
// are Colombia's ("National Army of Colombia") and Somalia's ("Somali
// National Army") once the article has named its country: the form with
// the state's name or demonym taken off becomes a shared form, and the
// article's country chooses among its owners as for any other shared form.
// Only forms some row already lists are shared, so no new bare phrase
// starts matching.
func (d *Dictionary) shareGenericForms() {
	for _, a := range d.actors {
		c := d.byCode[a.Country]
		if a.Kind != sitrep.KindStateForce || c == nil {
			continue
		}
		var marks [][]string
		for _, n := range append(append([]string{c.Name}, c.Aliases...), c.Demonyms...) {
			if key, _, _ := formKey(n); len(key) > 0 {
				marks = append(marks, key)
			}
		}
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			key, acronym, _ := formKey(f)
			if acronym || len(key) < 3 {
				continue
			}
			for _, m := range marks {
				rest := stripState(key, m)
				if len(rest) < 2 {
					continue
				}
				if n := d.trie.find(rest); n != nil && n.entry != nil && n.entry.actor != a && n.entry.actor.Kind == sitrep.KindStateForce {
					d.trie.add(rest, entry{actor: a, prio: prioVariant - 1})
				}
			}
		}
	}
}

// stripState returns key without the state's mark m at its start
// ("somali national army") or after a final "of" ("national army of
// colombia"), nil when m is in neither place.
func stripState(key, m []string) []string {
	if len(key) > len(m) && equalKeys(key[:len(m)], m) {
		return key[len(m):]
	}
	if n := len(key) - len(m); n > 1 && key[n-1] == "of" && equalKeys(key[n:], m) {
		return key[:n-1]
	}
	return nil
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// find returns the node for key, nil when the trie has no such path.
func (t *trie) find(key []string) *trie {
	n := t
	for _, k := range key {
		if n = n.next[k]; n == nil {
			return nil
		}
	}
	return n
}

// indexPossessives adds the possessive of every form that opens with a
// state's name: "Syria Civil Defence" is also written "Syria's Civil
// Defence".
func (d *Dictionary) indexPossessives() {
	byFirst := map[string][][]string{}
	for _, c := range d.countries {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if key, _, _ := formKey(n); len(key) > 0 {
				byFirst[key[0]] = append(byFirst[key[0]], key)
			}
		}
	}
	for _, a := range d.actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			key, acronym, capital := formKey(f)
			if acronym || len(key) < 2 {
				continue
			}
			for _, m := range byFirst[key[0]] {
				if len(key) <= len(m) || !equalKeys(key[:len(m)], m) || key[len(m)] == "'s" {
					continue
				}
				v := append(append(append(make([]string, 0, len(key)+1), m...), "'s"), key[len(m):]...)
				if n := d.trie.find(v); n == nil || n.entry == nil {
					d.trie.add(v, entry{actor: a, capital: capital, prio: prioVariant})
				}
			}
		}
	}
}
