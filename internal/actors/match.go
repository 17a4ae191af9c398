package actors

import (
	"sitrep"
	"sitrep/internal/text"
)

type entry struct {
	actor         *Actor
	caseSensitive bool
}

// trie maps folded token sequences to actors; one walk per token start finds
// the longest dictionary form there, so matching is a single pass.
type trie struct {
	next  map[string]*trie
	entry *entry
}

func newTrie() *trie { return &trie{next: map[string]*trie{}} }

func (t *trie) add(key []string, e entry) {
	n := t
	for _, k := range key {
		c := n.next[k]
		if c == nil {
			c = newTrie()
			n.next[k] = c
		}
		n = c
	}
	if n.entry == nil {
		n.entry = &e
	}
}

// Mention is one recognised actor mention.
type Mention struct {
	// First and Last are token indices [First, Last).
	First, Last int
	Span        sitrep.Span
	// Actor is the dictionary actor, nil for an entity recognised by
	// pattern only (then Name, Kind and Role describe it).
	Actor *Actor
	Name  string
	Kind  string
	Role  string
	// Country is an ISO 3166-1 alpha-2 code, when known.
	Country string
}

// skippable reports tokens a dictionary form may contain that the trie key
// leaves out (hyphens, apostrophes, dots, brackets).
func skippable(t text.Token) bool {
	return t.Kind == text.Punct && (t.Norm == "-" || t.Norm == "'" || t.Norm == ".")
}

// Recognize returns the dictionary mentions in doc, longest match first,
// never overlapping, in text order.
func (d *Dictionary) Recognize(doc *text.Doc) []Mention {
	var out []Mention
	toks := doc.Tokens
	for i := 0; i < len(toks); {
		if toks[i].Kind == text.Punct {
			i++
			continue
		}
		n := d.trie
		best, bestEnd := (*entry)(nil), 0
		for j := i; j < len(toks); j++ {
			if j > i && skippable(toks[j]) {
				continue
			}
			c := n.next[toks[j].Norm]
			if c == nil {
				break
			}
			n = c
			if n.entry != nil && (!n.entry.caseSensitive || toks[j].Upper) {
				best, bestEnd = n.entry, j+1
			}
		}
		if best == nil || !(toks[i].Cap || toks[i].Kind == text.Number || best.actor.Kind == "civilians") {
			i++
			continue
		}
		a := best.actor
		out = append(out, Mention{
			First: i, Last: bestEnd,
			Span:  sitrep.Span{toks[i].Start, toks[bestEnd-1].End},
			Actor: a, Name: a.Name, Kind: a.Kind, Role: a.Role, Country: a.Country,
		})
		i = bestEnd
	}
	return out
}
