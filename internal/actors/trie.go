package actors

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"sitrep"
	"sitrep/internal/text"
)

// Form priorities: when two actors share a form, the one for which it is
// the name wins over one for which it is an alias, then an ACLED name, then
// a generated variant (plural, dropped "al-").
const (
	prioVariant = iota
	prioACLED
	prioAlias
	prioName
)

type entry struct {
	actor *Actor
	// caseSensitive forms (acronyms) match only where every word is
	// written in capitals, so "US" never matches "us".
	caseSensitive bool
	// capital forms need their first content word capitalised in the text,
	// so "hope" never matches "Hope".
	capital bool
	// exact holds a mixed-case form ("LeT", "FAd'H") that matches only as
	// written, so "LeT" never matches the word "Let".
	exact string
	prio  int
}

// trie maps folded token sequences to actors, states and demonyms; one walk
// per token start finds the longest form there, so matching is a single
// pass over the article.
type trie struct {
	next map[string]*trie
	// ids and kids hold next again, keyed by word id (see Dictionary.words)
	// and sorted by it: the walk compares small ints, not strings, and
	// hashes each token once per article instead of once per node.
	ids     []uint32
	kids    []*trie
	entry   *entry
	country *Country // a country's name or alias ends here
	demonym *Country // a demonym ends here
	capital *Country // a state's seat of government ends here
	// cls holds the lexicon classes of a one-word key (root nodes only).
	cls uint16
	// alts are the actors of different countries sharing this form.
	alts []*Actor
}

func newTrie() *trie { return &trie{} }

// node returns the node for key, creating the path.
func (t *trie) node(key []string) *trie {
	n := t
	for _, k := range key {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[k]
		if c == nil {
			c = newTrie()
			n.next[k] = c
		}
		n = c
	}
	return n
}

func (t *trie) add(key []string, e entry) {
	n := t.node(key)
	if n.entry != nil && n.entry.actor != e.actor && e.actor.Kind != sitrep.KindPerson &&
		e.actor.Country != "" && e.actor.Country != n.entry.actor.Country && !containsActor(n.alts, e.actor) {
		// "National Defence Forces" names a militia in Syria and the army
		// in Ethiopia: the article's country chooses once it is read.
		if len(n.alts) == 0 {
			n.alts = append(n.alts, n.entry.actor)
		}
		n.alts = append(n.alts, e.actor)
	}
	if n.entry == nil || e.prio > n.entry.prio {
		n.entry = &e
	}
}

// child returns the node after the word with the given id, nil if none.
// Most nodes have one or two children.
func (t *trie) child(id uint32) *trie {
	ids := t.ids
	if id == 0 {
		return nil
	}
	if len(ids) > 8 {
		lo, hi := 0, len(ids)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if ids[m] < id {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(ids) && ids[lo] == id {
			return t.kids[lo]
		}
		return nil
	}
	for k, x := range ids {
		if x == id {
			return t.kids[k]
		}
	}
	return nil
}

// intern numbers every word of the trie's keys and of the tagged word sets
// from 1, in sorted order, and fills each node's ids and kids; rootOf maps
// a word id to its root node, clsOf to its classes and tagOf to its tags.
func (d *Dictionary) intern() {
	ids := map[string]uint32{}
	var collect func(n *trie)
	collect = func(n *trie) {
		for w, c := range n.next {
			ids[w] = 0
			collect(c)
		}
	}
	collect(d.trie)
	for w := range d.tags {
		ids[w] = 0
	}
	for k, w := range slices.Sorted(maps.Keys(ids)) {
		ids[w] = uint32(k + 1)
	}
	d.words = text.NewWordTable(ids)
	d.rootOf, d.clsOf, d.tagOf = make([]*trie, len(ids)+1), make([]uint16, len(ids)+1), make([]uint16, len(ids)+1)
	for w, c := range d.trie.next {
		d.rootOf[ids[w]], d.clsOf[ids[w]] = c, c.cls
	}
	for w, t := range d.tags {
		d.tagOf[ids[w]] = t
	}
	// One slab holds every node's ids and another its kids: the walk
	// reads them often, and twelve thousand small slices cost Load as much.
	edges := 0
	var count func(n *trie)
	count = func(n *trie) {
		for _, c := range n.next {
			edges++
			count(c)
		}
	}
	count(d.trie)
	allIDs, allKids := make([]uint32, 0, edges), make([]*trie, 0, edges)
	type kid struct {
		id uint32
		n  *trie
	}
	var buf []kid
	var link func(n *trie)
	link = func(n *trie) {
		if n != d.trie && len(n.next) > 0 {
			buf = buf[:0]
			for w, c := range n.next {
				buf = append(buf, kid{ids[w], c})
			}
			slices.SortFunc(buf, func(a, b kid) int { return cmp.Compare(a.id, b.id) })
			start := len(allIDs)
			for _, k := range buf {
				allIDs, allKids = append(allIDs, k.id), append(allKids, k.n)
			}
			n.ids, n.kids = allIDs[start:len(allIDs):len(allIDs)], allKids[start:len(allKids):len(allKids)]
		}
		for _, c := range n.next {
			link(c)
		}
	}
	link(d.trie)
}

func containsActor(as []*Actor, a *Actor) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// skippable reports tokens a form may contain that the trie key leaves out
// (hyphens, apostrophes, dots).
func skippable(t *text.Token) bool {
	return t.Kind == text.Punct && (t.Norm == "-" || t.Norm == "'" || t.Norm == ".")
}

// formKey folds a dictionary form into its trie key and reports whether it
// is an acronym (one all-capitals word) and whether it has a capital.
func formKey(f string) (key []string, acronym, capital bool) {
	toks := text.Tokenize(f)
	words := 0
	upper := true
	for i := range toks {
		t := &toks[i]
		if t.Kind == text.Punct && (skippable(t) || t.Norm == "(" || t.Norm == ")") {
			continue
		}
		if t.Norm == "the" && len(key) > 0 {
			continue // "... Republic of the Congo" = "... Republic of Congo"
		}
		key = append(key, t.Norm)
		if t.Kind == text.Word {
			words++
			if !t.Upper {
				upper = false
			}
			if t.Cap {
				capital = true
			}
		}
	}
	return key, words == 1 && len(key) == 1 && upper && len([]rune(f)) >= 2, capital
}

// numberVariants are the head words whose singular and plural news copy
// uses interchangeably in names ("al-Quds Brigade", "al-Quds Brigades").
var numberVariants = map[string]string{
	"brigade": "brigades", "brigades": "brigade", "battalion": "battalions", "battalions": "battalion",
	"force": "forces", "forces": "force", "committee": "committees", "committees": "committee",
	"regiment": "regiments", "regiments": "regiment", "militia": "militias", "militias": "militia",
	"guard": "guards", "guards": "guard", "unit": "units", "units": "unit",
}

// index adds every form of a to the trie, with the variants news copy uses:
// the other grammatical number of the head word and the Arabic article
// dropped.
func (d *Dictionary) index(a *Actor) {
	add := func(f string, prio int) {
		key, acronym, capital := formKey(f)
		if len(key) == 0 || (len(key) == 1 && len(key[0]) <= 1) {
			return
		}
		e := entry{actor: a, caseSensitive: acronym, capital: capital, prio: prio}
		if mixedCase(f) {
			e.exact = strings.ReplaceAll(f, "’", "'")
		}
		d.trie.add(key, e)
		if acronym {
			return
		}
		e.prio = prioVariant
		var variants [][]string
		if v, ok := numberVariants[key[len(key)-1]]; ok {
			k := append(append([]string(nil), key[:len(key)-1]...), v)
			variants = append(variants, k)
		}
		// The Arabic article and "the" may be dropped; the matcher itself
		// tries each form with and without a leading "al-" in the text.
		for _, k := range append(variants, key) {
			// "The Independent" keeps its article: "independent" alone
			// is a common word.
			if len(k) > 1 && k[0] == "al" || len(k) > 2 && k[0] == "the" {
				variants = append(variants, k[1:])
			}
		}
		for _, k := range variants {
			if len(k) == 1 && len(k[0]) <= 3 {
				continue
			}
			d.trie.add(k, e)
		}
	}
	add(a.Name, prioName)
	for _, al := range a.Aliases {
		add(al, prioAlias)
	}
	if a.ACLED != "" {
		add(a.ACLED, prioACLED)
	}
}

// mixedCase reports whether a form has a word with two capitals and a
// lower-case letter ("LeT", "FAMa", "FAd'H"): such forms are written one way.
func mixedCase(f string) bool {
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '\u2019' }) {
		up, low := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				up++
			case unicode.IsLower(r):
				low++
			}
		}
		if up >= 2 && low > 0 {
			return true
		}
	}
	return false
}
