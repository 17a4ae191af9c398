package actors

import (
	"strconv"

	"sitrep"
	"sitrep/internal/text"
)

// Table is one article's entities: every mention of one actor folds into one
// entity with all its surface forms as aliases. Stages refer to entities by
// id ("e1", ...), never by name.
type Table struct {
	doc      *text.Doc
	Entities []sitrep.Entity
	byKey    map[string]int // actor key or folded name → index in Entities
	// byToken maps a token index to the entity index mentioned there.
	byToken map[int]int
	dict    *Dictionary
}

// NewTable builds the entity table from the recognised mentions.
func NewTable(doc *text.Doc, d *Dictionary, ms []Mention) *Table {
	t := &Table{doc: doc, byKey: map[string]int{}, byToken: map[int]int{}, dict: d}
	for _, m := range ms {
		t.add(m)
	}
	return t
}

// Add records a mention not found by Recognize (a speaker phrase found by
// attribution, say) and returns its entity id.
func (t *Table) Add(m Mention) string { return t.Entities[t.add(m)].ID }

func (t *Table) add(m Mention) int {
	key := "n:" + text.Fold(m.Name)
	if m.Actor != nil {
		key = "a:" + m.Actor.Key
	}
	i, ok := t.byKey[key]
	if !ok {
		i = len(t.Entities)
		t.byKey[key] = i
		e := sitrep.Entity{
			ID:   "e" + strconv.Itoa(i+1),
			Name: m.Name, Kind: m.Kind, Country: m.Country,
			Party: m.Role == RoleParty, Independent: m.Role == RoleIndependent,
		}
		if e.Kind == "" {
			e.Kind = sitrep.KindOther
		}
		if a := m.Actor; a != nil {
			e.Actor, e.ACLEDName = a.Key, a.ACLED
			e.Aliases = append(e.Aliases, a.Aliases...)
			if a.ACLED != "" {
				e.Aliases = append(e.Aliases, a.ACLED)
			}
		}
		t.Entities = append(t.Entities, e)
	}
	e := &t.Entities[i]
	surface := t.doc.Text[m.Span[0]:m.Span[1]]
	if surface != e.Name && !contains(e.Aliases, surface) {
		e.Aliases = append(e.Aliases, surface)
	}
	e.Mentions = append(e.Mentions, m.Span)
	for k := m.First; k < m.Last; k++ {
		t.byToken[k] = i
	}
	return i
}

// At returns the id of the entity mentioned at token k.
func (t *Table) At(k int) (string, bool) {
	i, ok := t.byToken[k]
	if !ok {
		return "", false
	}
	return t.Entities[i].ID, true
}

// Get returns the entity with the given id.
func (t *Table) Get(id string) (*sitrep.Entity, bool) {
	n, err := strconv.Atoi(id[1:])
	if err != nil || n < 1 || n > len(t.Entities) {
		return nil, false
	}
	return &t.Entities[n-1], true
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
