package actors

import "sitrep/internal/text"

// Word classes: one lookup per token tells the recogniser which rules can
// start there, so the single pass stays a few map lookups per token.
const (
	clsTitle uint16 = 1 << iota
	clsHead
	clsGeneric
	clsPortfolio
	clsBare
	clsOutlet
	clsSpeech
	clsConnector
	clsDescriptive
	clsBareQual
)

// Word tags mark the members of the word sets rules consult around a
// match, which start no rule themselves. They live apart from the classes:
// a tagged word is no trie root and leaves a token's classes zero, so the
// tokens a rule may start at stay exactly the classed ones.
const (
	tagLeader       uint16 = 1 << iota // leaderCues
	tagAffiliate                       // affiliateNouns
	tagFormer                          // formerWords
	tagNotPerson                       // notPersonName
	tagNotNameStart                    // notNameStart
	tagNotSubject                      // notStateSubject
)

// buildTags folds the tagged word sets into one table.
func buildTags() map[string]uint16 {
	tags := map[string]uint16{}
	for w := range leaderCues {
		tags[w] |= tagLeader
	}
	markSet(tags, affiliateNouns, tagAffiliate)
	markSet(tags, formerWords, tagFormer)
	markSet(tags, notPersonName, tagNotPerson)
	markSet(tags, notNameStart, tagNotNameStart)
	markSet(tags, notStateSubject, tagNotSubject)
	return tags
}

// markSet sets bit c on every word of the set (a word mapped to true).
func markSet(table map[string]uint16, words map[string]bool, c uint16) {
	for w, ok := range words {
		if ok {
			table[w] |= c
		}
	}
}

// buildLex folds the lexicons into one class table.
func buildLex() map[string]uint16 {
	lex := map[string]uint16{}
	set := func(words map[string]bool, c uint16) { markSet(lex, words, c) }
	for w := range titleWords {
		lex[w] |= clsTitle
	}
	for w := range orgHeads {
		lex[w] |= clsHead
	}
	for w := range genericGroups {
		lex[w] |= clsGeneric
	}
	lex["aid"] |= clsGeneric
	lex["armed"] |= clsGeneric
	lex["unidentified"] |= clsGeneric
	lex["unknown"] |= clsGeneric
	set(portfolios, clsPortfolio)
	set(bareForces, clsBare)
	set(bareQualifiers, clsBareQual)
	set(outletNouns, clsOutlet)
	set(speechVerbs, clsSpeech)
	set(nameConnectors, clsConnector)
	set(qualifierWords, clsDescriptive)
	for w := range roleNouns {
		lex[w] |= clsDescriptive
	}
	for w := range descriptorKinds {
		lex[w] |= clsDescriptive
	}
	return lex
}

// classify looks every token up once among the trie's words, by the hash
// the tokeniser computed: the rest of the pass reads r.ids and r.cls, and
// rootAt the token's root node.
func (r *recognizer) classify() {
	b, _ := r.d.scratch.Get().(*scratch)
	if b == nil {
		b = &scratch{}
	}
	r.buf = b
	toks := r.toks
	n := len(toks)
	if cap(b.cls) < n {
		b.cls, b.tags, b.ids = make([]uint16, n), make([]uint16, n), make([]uint32, n)
	}
	cls, tags, ids := b.cls[:n], b.tags[:n], b.ids[:n]
	// News copy names an actor every fifteen tokens or so.
	if cap(b.out) < n/12+8 {
		b.out = make([]Mention, 0, n/12+8)
	}
	r.out = b.out[:0]
	words, clsOf, tagOf := r.d.words, r.d.clsOf, r.d.tagOf
	tagOf = tagOf[:len(clsOf)]
	for k := range toks {
		t := &toks[k]
		id, _ := words.GetHash(t.Hash, t.Norm)
		ids[k], cls[k], tags[k] = id, clsOf[id], tagOf[id]
	}
	r.cls, r.tags, r.ids = cls, tags, ids
}

// tagged reports whether token k's word carries the tag.
func (r *recognizer) tagged(k int, tag uint16) bool { return r.tags[k]&tag != 0 }

// title returns token k's entry in titleWords; its class bit turns most
// tokens away before the map is asked.
func (r *recognizer) title(k int) (titleWord, bool) {
	if r.cls[k]&clsTitle == 0 {
		return titleWord{}, false
	}
	w, ok := titleWords[r.toks[k].Norm]
	return w, ok
}

// head returns token k's entry in orgHeads, asked only of a head word.
func (r *recognizer) head(k int) (orgHead, bool) {
	if r.cls[k]&clsHead == 0 {
		return orgHead{}, false
	}
	h, ok := orgHeads[r.toks[k].Norm]
	return h, ok
}

// portfolioAt reports whether token k is a portfolio word.
func (r *recognizer) portfolioAt(k int) bool { return r.cls[k]&clsPortfolio != 0 }

// rootAt returns the trie's root child for token k, nil if its word starts
// no key. Tokens keep only their word id: a per-token node pointer would
// cost a write barrier per token while the collector runs.
func (r *recognizer) rootAt(k int) *trie { return r.d.rootOf[r.ids[k]] }

// scratch holds the per-article class buffers, reused across articles.
type scratch struct {
	cls, tags []uint16
	ids       []uint32
	out       []Mention
	// dyn and dynSlab hold the recognizer's dynamic forms (see
	// addDynamic), emptied between articles.
	dyn     map[string][]dynAlias
	dynSlab []dynAlias
	// votes and voteAt are the recognizer's country votes, emptied
	// between articles.
	votes  map[*Country]int
	voteAt []countryAt
}

// release returns the buffers for the next article.
func (r *recognizer) release() {
	if r.buf != nil {
		r.cls, r.tags, r.ids = nil, nil, nil
		// The mentions are copied out or made a table; clearing drops what
		// they point to.
		clear(r.out)
		r.buf.out = r.out[:0]
		if r.dyn != nil {
			// A map cleared keeps its size: one long text's is let go.
			r.buf.dyn = nil
			if len(r.dyn) <= 256 {
				clear(r.dyn)
				r.buf.dyn = r.dyn
			}
		}
		if r.votes != nil {
			r.buf.votes, r.buf.voteAt = nil, nil
			if len(r.votes) <= 64 {
				clear(r.votes)
				r.buf.votes, r.buf.voteAt = r.votes, r.voteAt[:0]
			}
		}
		clear(r.buf.dynSlab)
		r.buf.dynSlab = r.buf.dynSlab[:0]
		r.d.scratch.Put(r.buf)
		r.buf = nil
	}
}

// markClasses stores the word classes on the trie's root nodes.
func (d *Dictionary) markClasses() {
	for w, c := range d.lex {
		d.trie.node([]string{w}).cls |= c
	}
}

// headAhead reports whether an organisation head word occurs in the run of
// capitalised words and connectors starting at token i, the cheap test
// before the org rule scans the run.
//
// A run that ended without a head has none from any later start inside it
// either: the pass asks at each capitalised word in turn, so the end is
// remembered (headlessTo) and the run is read once.
func (r *recognizer) headAhead(i int) bool {
	if i < r.headlessTo {
		return false
	}
	toks := r.toks
	for j := i; j < len(toks) && j < i+14; j++ {
		t := &toks[j]
		if r.cls[j]&clsHead != 0 {
			return true
		}
		if j > i && t.Newlines > 0 {
			r.headlessTo = j
			return false
		}
		if !t.Cap && r.cls[j]&clsConnector == 0 && t.Norm != "-" && t.Norm != "al" && t.Norm != "'s" && t.Norm != "'" && t.Kind != text.Number {
			r.headlessTo = j
			return false
		}
	}
	return false
}

// nameCue reports whether a capitalised run at token i is followed by a
// comma or speech verb, or preceded by a speech verb: the cheap test
// before the appositive-person rule reads a name there.
func (r *recognizer) nameCue(i int) bool {
	toks := r.toks
	if i > 0 && (r.cls[i-1]&clsSpeech != 0 || r.toks[i-1].Norm == "as") || r.afterLeader(i) || r.afterRoleComma(i) {
		return true
	}
	for j := i; j < len(toks) && j < i+8; j++ {
		t := &toks[j]
		if t.Cap || t.Norm == "-" || t.Norm == "al" {
			continue
		}
		return t.Norm == "," || r.cls[j]&clsSpeech != 0
	}
	return false
}

// afterRoleComma reports whether the name at i follows a lower-case title
// and a comma ("according to the police spokesperson, Mansir Hassan").
func (r *recognizer) afterRoleComma(i int) bool {
	return i > 1 && r.toks[i-1].Norm == "," && r.cls[i-2]&clsTitle != 0 && !r.toks[i-2].Cap
}
