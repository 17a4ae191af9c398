package actors

import (
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// Resolve resolves a pronoun or role-noun phrase at tokens [first, last)
// ("the paramilitary group", "the UN agency", "it", "he") to the entity it
// refers back to: the most recent entity before it whose kind fits the
// phrase's head noun, preferring one the article described with the same
// words or whose own name ends in that head.
func (t *Table) Resolve(doc *text.Doc, first, last int) (string, bool) {
	if doc == nil || first < 0 || last > len(doc.Tokens) || first >= last {
		return "", false
	}
	head := -1
	for k := last - 1; k >= first; k-- {
		if doc.Tokens[k].Kind == text.Word && doc.Tokens[k].Norm != "'s" {
			head = k
			break
		}
	}
	if head < 0 {
		return "", false
	}
	hn := doc.Tokens[head].Norm
	rn, known := roleNouns[hn]
	var descs []string
	for k := first; k < head; k++ {
		tk := &doc.Tokens[k]
		if tk.Kind != text.Word {
			continue
		}
		switch tk.Norm {
		case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "said":
			continue
		}
		descs = append(descs, tk.Norm)
	}
	bestScore, best := -1, -1
	seen := map[int]bool{}
	for k := len(t.occ) - 1; k >= 0; k-- {
		o := t.occ[k]
		if o.first >= first || seen[o.entity] {
			continue
		}
		seen[o.entity] = true
		e := &t.Entities[o.entity]
		md := &t.meta[o.entity]
		if md.generic {
			continue
		}
		s := t.fit(e, md, hn, rn, known, descs)
		if s > bestScore {
			bestScore, best = s, o.entity
		}
		if s >= 3 {
			break // the nearest entity described with the phrase's own words
		}
	}
	if best < 0 || bestScore < 0 {
		return "", false
	}
	return t.Entities[best].ID, true
}

// fit scores how well entity e fits a role-noun phrase with head noun hn:
// -1 not at all, 0 by kind, 1 by a descriptor's kind, 2 by the head of the
// entity's name, 3 by the article's own description of the entity.
func (t *Table) fit(e *sitrep.Entity, md *meta, hn string, rn roleNoun, known bool, descs []string) int {
	nameHead := t.lastWord(e.Name)
	score := -1
	switch {
	case known && rn.pronoun:
		// "it said" refers back to an actor, seldom to the outlet that
		// reports it.
		if !hasKind(rn.kinds, e.Kind) || !rn.person && e.Kind == sitrep.KindMedia {
			return -1
		}
		return 0
	case known && (nameHead == hn || t.aliasHead(e.Aliases, hn)):
		// "the ministry" → the Russian Defence Ministry even when it is
		// coded as the state's forces.
		score = 2
	case known:
		if !hasKind(rn.kinds, e.Kind) {
			return -1
		}
		score = 0
	case nameHead == hn || t.aliasHead(e.Aliases, hn):
		score = 2
	default:
		return -1
	}
	if nameHead == hn || t.aliasHead(e.Aliases, hn) {
		score = max(score, 2)
	}
	if contains(md.descriptors, hn) {
		score = 3
	}
	for _, d := range descs {
		switch {
		case contains(md.descriptors, d):
			score = 3
		case t.demonymOf(d) != "" && t.demonymOf(d) == e.Country:
			score = max(score, 2)
		case hasKind(descriptorKinds[d], e.Kind):
			score = max(score, 1)
		case descriptorKinds[d] != nil || t.demonymOf(d) != "":
			// "the Palestinian group" does not fit an Israeli entity.
			if score < 2 {
				score = min(score, 0)
			}
		}
	}
	return score
}

func (t *Table) demonymOf(w string) string {
	if t.dict == nil {
		return ""
	}
	if n := t.dict.trie.next[w]; n != nil && n.demonym != nil {
		return n.demonym.Code
	}
	return ""
}

func hasKind(ks []string, k string) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// lastWord returns the folded last word of a name. Resolve asks it of every
// entity's names for every role noun, so the table keeps the answers: a
// long text would otherwise fold the same aliases thousands of times.
func (t *Table) lastWord(s string) string {
	if h, ok := t.heads[s]; ok {
		return h
	}
	if t.dict != nil {
		if h, ok := t.dict.heads[s]; ok {
			return h
		}
	}
	f := foldedHead(s)
	if t.heads == nil {
		t.heads = map[string]string{}
	}
	t.heads[s] = f
	return f
}

// foldedHead is the folded last word of s.
func foldedHead(s string) string {
	f := text.Fold(s)
	if i := strings.LastIndexByte(f, ' '); i >= 0 {
		f = f[i+1:]
	}
	return f
}

// indexHeads fills heads with the names dictionary rows give entities:
// their names, aliases and ACLED names, states' names and the ACLED names
// of earlier governments' actors.
func (d *Dictionary) indexHeads() {
	d.heads = map[string]string{}
	put := func(s string) {
		if _, ok := d.heads[s]; !ok && s != "" {
			d.heads[s] = foldedHead(s)
		}
	}
	for _, a := range d.actors {
		put(a.Name)
		put(a.ACLED)
		for _, al := range a.Aliases {
			put(al)
		}
	}
	for _, c := range d.countries {
		put(c.Name)
	}
	for _, ns := range d.earlier {
		for _, n := range ns {
			put(n)
		}
	}
}

func (t *Table) aliasHead(aliases []string, hn string) bool {
	for _, a := range aliases {
		if t.lastWord(a) == hn {
			return true
		}
	}
	return false
}

// refersBack finds the entity a body-noun phrase a later stage found
// ("the monitor said", "a war monitor") names: one the article described with
// that noun or whose own names end in it, the nearest before the phrase,
// else the first after it (a headline precedes the body's name).
func (t *Table) refersBack(first, last int) (int, bool) {
	doc := t.doc
	if doc == nil || first < 0 || last > len(doc.Tokens) || last-first > 3 {
		return 0, false
	}
	head := last - 1
	for head >= first && doc.Tokens[head].Kind != text.Word {
		head--
	}
	if head < first || doc.Tokens[head].Cap && !t.sentenceInitial(head) && head > first {
		return 0, false
	}
	hn := doc.Tokens[head].Norm
	if speakerNouns[hn] {
		return t.speakerBack(first, hn)
	}
	rn, known := roleNouns[hn]
	if !known || !bodyNouns[hn] {
		return 0, false
	}
	var descs []string
	for k := first; k < head; k++ {
		tk := &doc.Tokens[k]
		if tk.Kind != text.Word || determinerWords[tk.Norm] {
			continue
		}
		if tk.Cap && !t.placeWord(tk.Norm) {
			return 0, false // "U.N. development agency" names a body of its own
		}
		descs = append(descs, tk.Norm)
	}
	before, after := -1, -1
	for k := range t.occ {
		o := t.occ[k]
		md := &t.meta[o.entity]
		if md.generic || o.first >= first && o.first < last {
			continue
		}
		if t.fit(&t.Entities[o.entity], md, hn, rn, known, descs) < 2 {
			continue
		}
		if o.first < first {
			before = o.entity
		} else if after < 0 {
			after = o.entity
		}
	}
	if before >= 0 {
		return before, true
	}
	return after, after >= 0
}

// speakerNouns name a person by the office the article gave them.
var speakerNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true}

// speakerBack finds the person an office noun refers back to ("UNHCR
// spokesperson Matthew Saltmarsh ... the spokesperson said"): the nearest
// person before it written with that title.
func (t *Table) speakerBack(first int, hn string) (int, bool) {
	for k := len(t.occ) - 1; k >= 0; k-- {
		o := t.occ[k]
		if o.first >= first {
			continue
		}
		e := &t.Entities[o.entity]
		if e.Kind != sitrep.KindPerson {
			continue
		}
		if contains(t.meta[o.entity].descriptors, hn) {
			return o.entity, true
		}
		for _, a := range e.Aliases {
			for _, w := range strings.Fields(text.Fold(a)) {
				if w == hn {
					return o.entity, true
				}
			}
		}
	}
	return 0, false
}

// placeWord reports whether w is a country name or demonym ("Britain-based
// war monitor", "Syrian monitor").
func (t *Table) placeWord(w string) bool {
	if t.dict == nil {
		return false
	}
	n := t.dict.trie.next[w]
	return n != nil && (n.demonym != nil || n.country != nil)
}

func (t *Table) sentenceInitial(k int) bool {
	return k == 0 || t.doc.Tokens[k-1].Newlines > 0 || t.doc.Tokens[k-1].Norm == "."
}

// bodyNouns name an institution by its kind; force and group nouns do not
// ("security forces" is not the Rapid Support Forces).
var bodyNouns = map[string]bool{
	"monitor": true, "observatory": true, "agency": true, "ministry": true, "organisation": true,
	"organization": true, "charity": true, "ngo": true, "newspaper": true, "outlet": true,
	"broadcaster": true, "channel": true, "hospital": true, "network": true,
}

var determinerWords = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "its": true, "their": true,
}
