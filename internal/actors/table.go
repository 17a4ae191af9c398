package actors

import (
	"sort"
	"strconv"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// Table is one article's entities: every mention of one actor folds into one
// entity with all its surface forms as aliases. Stages refer to entities by
// id ("e1", ...), never by name.
type Table struct {
	doc      *text.Doc
	Entities []sitrep.Entity
	byKey    entityIndex // index in Entities
	// byToken maps a token index to the entity index mentioned there plus
	// one, 0 where none is.
	byToken []int32
	meta    []meta
	occ     []occurrence
	dict    *Dictionary
	// speaks holds, per entity, the body mention a person speaks for, to
	// link once every mention is in.
	speaks map[int]*Mention
	// heads memoises lastWord for the resolver.
	heads map[string]string
	// aliasBuf is the unused tail of the chunk new entities' alias lists
	// are cut from.
	aliasBuf []string
}

// meta is what the table knows about an entity beyond the record fields.
type meta struct {
	generic     bool
	rule        string
	actor       *Actor
	descriptors []string
	role        string
}

// entityIDs holds "e1" to "e99" end to end: the id of one of an article's
// first 99 entities is a slice of it, not a new string.
const entityIDs = "e1e2e3e4e5e6e7e8e9" +
	"e10e11e12e13e14e15e16e17e18e19e20e21e22e23e24e25e26e27e28e29e30e31e32e33e34e35e36e37e38e39" +
	"e40e41e42e43e44e45e46e47e48e49e50e51e52e53e54e55e56e57e58e59e60e61e62e63e64e65e66e67e68e69" +
	"e70e71e72e73e74e75e76e77e78e79e80e81e82e83e84e85e86e87e88e89e90e91e92e93e94e95e96e97e98e99"

// entityID returns the id of the entity at index i ("e1" for 0).
func entityID(i int) string {
	switch n := i + 1; {
	case n < 10:
		return entityIDs[2*i : 2*i+2]
	case n < 100:
		at := 18 + 3*(n-10) // after the nine two-byte ids
		return entityIDs[at : at+3]
	}
	return "e" + strconv.Itoa(i+1)
}

// entityIndex maps entity keys to indices in Entities. An article has a
// dozen entities or so: comparing keys in a list costs less than hashing
// them, and a map takes over in the rare article with many more.
type entityIndex struct {
	list []keyed
	m    map[entityKey]int
}

type keyed struct {
	key entityKey
	i   int
}

// indexListMax is the most keys the list holds before the map replaces it.
const indexListMax = 48

func (x *entityIndex) get(k entityKey) (int, bool) {
	if x.m != nil {
		i, ok := x.m[k]
		return i, ok
	}
	for n := range x.list {
		if x.list[n].key == k {
			return x.list[n].i, true
		}
	}
	return 0, false
}

// add records the index of a key not yet in x.
func (x *entityIndex) add(k entityKey, i int) {
	if x.m == nil && len(x.list) < indexListMax {
		x.list = append(x.list, keyed{k, i})
		return
	}
	if x.m == nil {
		x.m = make(map[entityKey]int, 2*indexListMax)
		for _, e := range x.list {
			x.m[e.key] = e.i
		}
		x.list = nil
	}
	x.m[k] = i
}

// occurrence is one mention of an entity, in token order.
type occurrence struct {
	first, last int
	entity      int
}

// Info describes how an entity was recognised.
type Info struct {
	// Generic marks unnamed groups (civilians, protesters).
	Generic bool
	// Rule is the rule of the entity's first mention (RuleDict, RuleOrg...).
	Rule string
	// Actor is the dictionary row, nil for pattern entities; ParentActor its
	// parent row, whether or not the article mentions it.
	Actor, ParentActor *Actor
	// Role is the entity's own role (party, independent, neutral); a
	// person's is inherited from the body they speak for.
	Role string
}

// NewTable builds the entity table from the recognised mentions.
func NewTable(doc *text.Doc, d *Dictionary, ms []Mention) *Table {
	t := &Table{doc: doc, dict: d, byToken: make([]int32, len(doc.Tokens)), occ: make([]occurrence, 0, len(ms)+8)}
	// A first pass finds the distinct entities and the aliases they start
	// with, so the entity list, its metadata and the alias chunk are each
	// allocated once at their size instead of grown.
	var kb [64]entityKey
	keys := kb[:0]
	if len(ms) > len(kb) {
		keys = make([]entityKey, 0, len(ms))
	}
	var firsts [64]int32
	first := firsts[:0]
	if len(ms) > len(firsts) {
		first = make([]int32, 0, len(ms))
	}
	aliases := 0
	for k := range ms {
		key := ms[k].key()
		keys = append(keys, key)
		if !seen(keys, first, key) {
			first = append(first, int32(k))
			aliases += t.aliasRoom(&ms[k])
		}
	}
	// Attribution adds a few speakers after recognition.
	n := len(first) + 4
	t.byKey.list = make([]keyed, 0, min(n, indexListMax))
	t.Entities = make([]sitrep.Entity, 0, n)
	t.meta = make([]meta, 0, n)
	t.aliasBuf = make([]string, aliases+16)
	// of[k] is the entity ms[k] is a mention of, -1 if it adds no span.
	var ofb [64]int32
	of := ofb[:0]
	if len(ms) > len(ofb) {
		of = make([]int32, 0, len(ms))
	}
	of = of[:len(ms)]
	for k := range ms {
		i, spanned := t.addMentionKey(&ms[k], keys[k])
		of[k] = -1
		if spanned {
			of[k] = int32(i)
		}
	}
	t.placeSpans(ms, of)
	t.link()
	return t
}

// seen reports whether key is among the keys at the indices in first.
func seen(keys []entityKey, first []int32, key entityKey) bool {
	for _, f := range first {
		if keys[f] == key {
			return true
		}
	}
	return false
}

// aliasRoom is the alias list capacity addMention gives the entity m
// starts: the dictionary's aliases, the ACLED names of earlier
// governments' actors and room for the forms mentions add.
func (t *Table) aliasRoom(m *Mention) int {
	n := 4
	if main := t.stateActor(m); main != nil && main != m.Actor {
		n += len(main.Aliases)
	} else if m.Actor != nil {
		n += len(m.Actor.Aliases)
	}
	if t.dict != nil && m.ACLED != "" {
		n += len(t.dict.earlierNames(t.dict.byCode[m.Country], m.ACLED))
	}
	return n
}

// placeSpans gives each entity the spans of its mentions, in order, from
// one slab instead of a slice grown per entity. Each entity's share is
// capped, so a later Add appends to a copy.
func (t *Table) placeSpans(ms []Mention, of []int32) {
	var cb [64]int32
	count := cb[:0]
	if len(t.Entities) > len(cb) {
		count = make([]int32, 0, len(t.Entities))
	}
	count = count[:len(t.Entities)]
	total := 0
	for _, i := range of {
		if i >= 0 {
			count[i]++
			total++
		}
	}
	slab := make([]sitrep.Span, total)
	off := 0
	for i, n := range count {
		if n > 0 {
			t.Entities[i].Mentions = slab[off : off : off+int(n)]
			off += int(n)
		}
	}
	for k, i := range of {
		if i >= 0 {
			e := &t.Entities[i]
			e.Mentions = append(e.Mentions, ms[k].Span)
		}
	}
}

// newAliases returns an empty alias list with room for n, cut from a
// chunk shared by the article's entities and capped, so appending past n
// copies it.
func (t *Table) newAliases(n int) []string {
	if len(t.aliasBuf) < n {
		t.aliasBuf = make([]string, max(n, 4*cap(t.meta)))
	}
	a := t.aliasBuf[:0:n]
	t.aliasBuf = t.aliasBuf[n:]
	return a
}

// Add records a mention not found by Recognize (a speaker phrase found by
// attribution, say) and returns its entity id.
func (t *Table) Add(m Mention) string {
	if i, ok := t.known(&m); ok {
		return t.Entities[i].ID
	}
	i := t.add(&m)
	t.link()
	return t.Entities[i].ID
}

// known finds the entity a mention added after recognition already is: one
// mentioned at the same tokens, or, for a person, one whose name ends the
// mention's name ("Brigadier General Nabil Abdallah" is Nabil Abdallah).
func (t *Table) known(m *Mention) (int, bool) {
	if m.Actor == nil && m.First < m.Last && m.Last <= len(t.byToken) {
		id := t.byToken[m.First]
		same := id != 0
		for k := m.First + 1; k < m.Last && same; k++ {
			if t.doc.Tokens[k].Kind == text.Word && t.byToken[k] != id {
				same = false
			}
		}
		if same {
			return int(id - 1), true
		}
	}
	if i, ok := t.sameCrowd(m); ok {
		return i, true
	}
	if i, ok := t.forceOffice(m); ok {
		return i, true
	}
	if i, ok := t.appositivePerson(m); ok {
		return i, true
	}
	if i, ok := t.namedWithHead(m); ok {
		return i, true
	}
	if i, ok := t.appositiveBody(m); ok {
		return i, true
	}
	if m.Actor == nil && !m.Generic && (m.Kind != sitrep.KindPerson || m.Last-m.First == 1) {
		if i, ok := t.refersBack(m.First, m.Last); ok {
			t.add(&Mention{First: m.First, Last: m.Last, Span: m.Span, Actor: t.meta[i].actor, Name: t.Entities[i].Name,
				Kind: t.Entities[i].Kind, Country: t.Entities[i].Country, ACLED: t.Entities[i].ACLEDName, Role: t.meta[i].role})
			return i, true
		}
	}
	if m.Kind != sitrep.KindPerson || m.Actor != nil {
		return 0, false
	}
	if c := t.countryNamed(m.Name); c != nil {
		// "U.S." taken for a person's name is the state: its entity
		// already in the article, else its government.
		for i := range t.Entities {
			if e := &t.Entities[i]; e.Country == c.Code && (e.Kind == sitrep.KindStateForce || e.Kind == sitrep.KindGovernment) {
				return i, true
			}
		}
		if c.Government != nil {
			m.Actor, m.Name, m.Kind, m.Country, m.Role = c.Government, c.Government.Name, c.Government.Kind, c.Code, c.Government.Role
		}
		return 0, false
	}
	if i, ok := t.groupOf(m); ok {
		return i, true
	}
	name := text.Fold(m.Name)
	for i := range t.Entities {
		e := &t.Entities[i]
		if e.Kind != sitrep.KindPerson {
			continue
		}
		if f := text.Fold(e.Name); f == name || strings.HasSuffix(name, " "+f) {
			t.add(&Mention{First: m.First, Last: m.Last, Span: m.Span, Actor: t.meta[i].actor, Name: e.Name, Kind: e.Kind})
			return i, true
		}
	}
	return 0, false
}

func (t *Table) add(m *Mention) int {
	i, spanned := t.addMention(m)
	if spanned {
		e := &t.Entities[i]
		e.Mentions = append(e.Mentions, m.Span)
	}
	return i
}

// addMention records m in its entity, all but its span: it reports
// whether the span is a mention of the entity, for the caller to add.
func (t *Table) addMention(m *Mention) (i int, spanned bool) {
	return t.addMentionKey(m, m.key())
}

// addMentionKey is addMention with m's key already computed.
func (t *Table) addMentionKey(m *Mention, key entityKey) (i int, spanned bool) {
	i, ok := t.byKey.get(key)
	if !ok {
		i = len(t.Entities)
		t.byKey.add(key, i)
		e := sitrep.Entity{
			ID:   entityID(i),
			Name: m.Name, Kind: m.Kind, Country: m.Country,
			Party: m.Role == RoleParty, Independent: m.Role == RoleIndependent,
			ACLEDName: m.ACLED,
		}
		if e.Kind == "" {
			e.Kind = sitrep.KindOther
		}
		md := meta{generic: m.Generic, rule: m.Rule, actor: m.Actor, role: m.Role}
		main := t.stateActor(m)
		// One allocation holds the dictionary's aliases and the few
		// forms added below and by the mentions to come.
		e.Aliases = t.newAliases(t.aliasRoom(m))
		if main != nil && main != m.Actor {
			// The entity of a state's forces is named after its main row
			// whichever sub-unit the article names first.
			md.actor = main
			e.Name, e.Kind, e.Party, e.Independent = main.Name, main.Kind, main.Role == RoleParty, main.Role == RoleIndependent
			e.Aliases = append(e.Aliases, main.Aliases...)
		}
		if a := md.actor; a != nil {
			e.Actor = a.Key
			if a == m.Actor {
				e.Aliases = append(e.Aliases, a.Aliases...)
			}
		}
		if c := t.stateOf(m); c != nil && !contains(e.Aliases, c.Name) {
			// A state at war and its forces are one actor: "Israel
			// launched ..." names the same entity as "Israeli troops".
			e.Aliases = append(e.Aliases, c.Name)
		}
		if e.ACLEDName != "" && e.ACLEDName != e.Name && !contains(e.Aliases, e.ACLEDName) {
			e.Aliases = append(e.Aliases, e.ACLEDName)
		}
		if t.dict != nil && e.ACLEDName != "" {
			e.Aliases = append(e.Aliases, t.dict.earlierNames(t.dict.byCode[e.Country], e.ACLEDName)...)
		}
		t.Entities = append(t.Entities, e)
		t.meta = append(t.meta, md)
	}
	e := &t.Entities[i]
	if a := m.Actor; a != nil && a != t.meta[i].actor && a.Name != e.Name && !contains(e.Aliases, a.Name) {
		e.Aliases = append(e.Aliases, a.Name)
	}
	if m.Span[1] > m.Span[0] && m.Span[1] <= len(t.doc.Text) {
		surface := t.doc.Text[m.Span[0]:m.Span[1]]
		if surface != e.Name && !contains(e.Aliases, surface) {
			e.Aliases = append(e.Aliases, surface)
		}
		if m.Modifier {
			// "the al-Qaeda-linked JNIM": a name, but no mention of an
			// actor of the clause.
			return i, false
		}
		spanned = true
	}
	// A person's bare name is an alias too when the title was part of the
	// surface ("Brigadier General Nabil Abdallah" → "Nabil Abdallah").
	if m.Kind == sitrep.KindPerson && m.Name != e.Name && !contains(e.Aliases, m.Name) {
		e.Aliases = append(e.Aliases, m.Name)
	}
	md := &t.meta[i]
	md.descriptors = append(md.descriptors, m.Descriptors...)
	if m.Title != "" {
		// "UNHCR spokesperson Matthew Saltmarsh": the title describes the
		// person for a later "the spokesperson said".
		md.descriptors = append(md.descriptors, strings.Fields(text.Fold(m.Title))...)
	}
	if m.SpeaksFor != nil {
		if t.speaks == nil {
			t.speaks = map[int]*Mention{}
		}
		t.speaks[i] = m.SpeaksFor
	}
	for k := m.First; k < m.Last && k < len(t.byToken); k++ {
		if k >= 0 {
			t.byToken[k] = int32(i + 1)
		}
	}
	if m.Last > m.First {
		o := occurrence{m.First, m.Last, i}
		n := len(t.occ)
		if n == 0 || t.occ[n-1].first <= o.first {
			t.occ = append(t.occ, o)
		} else {
			at := sort.Search(n, func(k int) bool { return t.occ[k].first > o.first })
			t.occ = append(t.occ, occurrence{})
			copy(t.occ[at+1:], t.occ[at:])
			t.occ[at] = o
		}
	}
	return i, spanned
}

// link sets Parent and SpeaksFor ids between entities and the party flags
// persons inherit from the body they speak for.
func (t *Table) link() {
	for i := range t.Entities {
		e := &t.Entities[i]
		if a := t.meta[i].actor; a != nil && a.Parent != "" && t.dict != nil {
			pa, known := t.dict.ParentOf(a)
			if p, ok := t.byKey.get(actorKey(pa)); known && ok && p != i {
				e.Parent = t.Entities[p].ID
				if e.Kind == sitrep.KindPerson && t.speaks[i] == nil {
					// A known spokesman speaks for the body the
					// dictionary attaches them to.
					e.SpeaksFor = e.Parent
				}
			}
		}
	}
	for i, body := range t.speaks {
		e := &t.Entities[i]
		role := body.Role
		if b, ok := t.byKey.get(body.key()); ok && b != i {
			e.SpeaksFor = t.Entities[b].ID
			role = t.meta[b].role
		}
		if e.Country == "" {
			e.Country = body.Country
		}
		t.meta[i].role = role
		e.Party, e.Independent = role == RoleParty, role == RoleIndependent
	}
}

// At returns the id of the entity mentioned at token k.
func (t *Table) At(k int) (string, bool) {
	if k < 0 || k >= len(t.byToken) || t.byToken[k] == 0 {
		return "", false
	}
	return t.Entities[t.byToken[k]-1].ID, true
}

// Get returns the entity with the given id.
func (t *Table) Get(id string) (*sitrep.Entity, bool) {
	i, ok := t.index(id)
	if !ok {
		return nil, false
	}
	return &t.Entities[i], true
}

func (t *Table) index(id string) (int, bool) {
	if len(id) < 2 || id[0] != 'e' {
		return 0, false
	}
	n, err := strconv.Atoi(id[1:])
	if err != nil || n < 1 || n > len(t.Entities) {
		return 0, false
	}
	return n - 1, true
}

// Info returns how the entity with the given id was recognised.
func (t *Table) Info(id string) (Info, bool) {
	i, ok := t.index(id)
	if !ok {
		return Info{}, false
	}
	md := t.meta[i]
	in := Info{Generic: md.generic, Rule: md.rule, Actor: md.actor, Role: md.role}
	if t.dict != nil {
		in.ParentActor, _ = t.dict.ParentOf(md.actor)
	}
	return in, true
}

// Generic reports whether the entity is an unnamed group (civilians,
// protesters) rather than a named actor.
func (t *Table) Generic(id string) bool {
	in, _ := t.Info(id)
	return in.Generic
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// stateActor returns the dictionary row that stands for the state force a
// mention is coded as (its ACLED name), if the dictionary has one.
func (t *Table) stateActor(m *Mention) *Actor {
	if t.dict == nil || !isStateACLED(m.ACLED) {
		return nil
	}
	c := t.dict.byCode[m.Country]
	if c == nil && m.Actor != nil {
		c = t.dict.byCode[m.Actor.Country]
	}
	if c == nil {
		return nil
	}
	for _, a := range []*Actor{c.Military, c.Police} {
		if a != nil && a.ACLED == m.ACLED {
			return a
		}
	}
	return nil
}

// stateOf returns the state a mention names by its acting arm: the
// military of a state at war, the government of any other.
func (t *Table) stateOf(m *Mention) *Country {
	if t.dict == nil {
		return nil
	}
	mil := strings.HasPrefix(m.ACLED, "Military Forces of ")
	gov := strings.HasPrefix(m.ACLED, "Government of ")
	if !mil && !gov {
		return nil
	}
	code := m.Country
	if code == "" && m.Actor != nil {
		code = m.Actor.Country
	}
	c := t.dict.byCode[code]
	if c == nil || c.Name == c.Code || mil && !c.Belligerent && c.Government != nil || gov && (c.Belligerent || m.Actor != nil && m.Actor != c.Government) {
		return nil
	}
	return c
}

// Localise gives the unnamed groups no country name placed ("protesters
// gathered in Nairobi") the country where the article's events happen, as
// a later stage knows it from the places: ACLED names them "Protesters
// (Kenya)", "Civilians (Kenya)", "Unidentified Armed Group (Kenya)". Groups
// that already have a country keep it.
func (t *Table) Localise(code string) {
	if t.dict == nil {
		return
	}
	c := t.dict.byCode[code]
	if c == nil {
		return
	}
	for i := range t.Entities {
		e, md := &t.Entities[i], &t.meta[i]
		if !md.generic || e.Country != "" || md.actor != nil {
			continue
		}
		switch e.Name {
		case "Civilians", "Protesters", "Rioters", unidentifiedGroup:
		default:
			continue // an unnamed force ("troops") is no group of the place
		}
		m := Mention{Name: e.Name, Kind: e.Kind, Role: md.role}
		m.setCountry(c)
		if _, taken := t.byKey.get(m.key()); !taken {
			t.byKey.add(m.key(), i) // a later "Protesters (Kenya)" is this entity
		}
		if m.Actor != nil {
			md.actor, e.Actor = m.Actor, m.Actor.Key
		}
		if !contains(e.Aliases, e.Name) {
			e.Aliases = append(e.Aliases, e.Name)
		}
		e.Name, e.ACLEDName, e.Country = m.Name, m.ACLED, c.Code
		if m.ACLED != "" && m.ACLED != m.Name && !contains(e.Aliases, m.ACLED) {
			e.Aliases = append(e.Aliases, m.ACLED)
		}
	}
}

// groupOf finds the unnamed group a speaker phrase taken for a person names
// ("Residents of Sittwe said"): the article's group of that kind, if any.
func (t *Table) groupOf(m *Mention) (int, bool) {
	if m.First < 0 || m.First >= len(t.doc.Tokens) {
		return 0, false
	}
	stem := genericGroups[t.doc.Tokens[m.First].Norm]
	if stem == "" || stem == unidentifiedGroup {
		return 0, false
	}
	for i := range t.Entities {
		e := &t.Entities[i]
		if !t.meta[i].generic || e.Kind != sitrep.KindCivilians {
			continue
		}
		if e.ACLEDName == stem || strings.HasPrefix(e.ACLEDName, stem+" (") || e.Name == stem {
			t.add(&Mention{First: m.First, Last: m.Last, Span: m.Span, Actor: t.meta[i].actor, Name: e.Name,
				Kind: e.Kind, Country: e.Country, ACLED: e.ACLEDName, Role: t.meta[i].role, Generic: true})
			return i, true
		}
	}
	return 0, false
}

// officeWords make up the name of a force's own command or press office
// ("general command", "media wing", "general staff").
var officeWords = map[string]bool{
	"general": true, "command": true, "high": true, "staff": true, "media": true, "wing": true,
	"press": true, "office": true, "headquarters": true, "leadership": true, "information": true,
}

// forceOffice finds the state force a speaker phrase names by its own
// command or press office ("the Syrian army's general command", "the
// military's media wing"): ACLED codes them as the force, and so do we.
func (t *Table) forceOffice(m *Mention) (int, bool) {
	if m.Actor != nil || m.First < 0 || m.Last > len(t.byToken) || m.First >= m.Last {
		return 0, false
	}
	k := m.First
	if t.doc.Tokens[k].Norm == "the" {
		k++
	}
	id := t.byToken[k]
	if id == 0 || t.Entities[id-1].Kind != sitrep.KindStateForce {
		return 0, false
	}
	for k < m.Last && t.byToken[k] == id {
		k++
	}
	if k >= m.Last || t.doc.Tokens[k].Norm != "'s" {
		return 0, false
	}
	for j := k + 1; j < m.Last; j++ {
		if !officeWords[t.doc.Tokens[j].Norm] {
			return 0, false
		}
	}
	i := int(id - 1)
	e := &t.Entities[i]
	t.add(&Mention{First: m.First, Last: m.Last, Span: m.Span, Actor: t.meta[i].actor, Name: e.Name, Kind: e.Kind,
		Country: e.Country, ACLED: e.ACLEDName, Role: t.meta[i].role})
	return i, true
}

// appositivePerson finds the named person a role phrase stands in
// apposition to ("the Police Public Relations Officer in the state, DSP
// Yusuf Hassan, said", "Ahmed Bello, the Director of Defence Media
// Operations, said"): the role is that person's, not an entity of its own.
func (t *Table) appositivePerson(m *Mention) (int, bool) {
	if m.Actor != nil || m.Generic || m.First < 0 || m.Last >= len(t.byToken) || m.First >= m.Last {
		return 0, false
	}
	toks := t.doc.Tokens
	if m.Kind == sitrep.KindPerson && !t.roleTail(m) {
		return 0, false
	}
	person := func(k int) (int, bool) {
		if k < 0 || k >= len(t.byToken) || t.byToken[k] == 0 {
			return 0, false
		}
		i := int(t.byToken[k] - 1)
		return i, t.Entities[i].Kind == sitrep.KindPerson
	}
	end := m.Last
	if p := toks[end].Norm; p == "in" || p == "of" || p == "for" || p == "at" {
		// "the Police Public Relations Officer in the state, DSP ..."
		for end < len(toks) && end < m.Last+5 && toks[end].Kind == text.Word {
			end++
		}
	}
	if end+1 < len(toks) && toks[end].Norm == "," && toks[end+1].Newlines == 0 {
		k := end + 1
		// "Its self-styled commander, who goes by the name General
		// Ayeke, told ...": the name after a naming clause.
		for k < len(toks) && k < end+7 && namingWords[toks[k].Norm] && !toks[k].Cap {
			k++
		}
		if i, ok := person(k); ok {
			return i, true
		}
		if m.Kind == sitrep.KindPerson {
			// "the governor of Cabo Delgado, Valige Tauabo, told": the
			// name in apposition is the person, recognised or not.
			n := k
			for n < len(toks) && n < k+4 && toks[n].Kind == text.Word && toks[n].Cap && toks[n].Newlines == 0 {
				n++
			}
			if n-k >= 2 && n < len(toks) && toks[n].Norm == "," && t.byToken[k] == 0 && !titleWords[toks[k].Norm].core {
				return t.add(&Mention{First: k, Last: n, Span: sitrep.Span{toks[k].Start, toks[n-1].End}, Name: t.doc.Slice(k, n), Kind: sitrep.KindPerson}), true
			}
		}
	}
	if k := m.First - 1; k >= 1 && toks[k].Norm == "," && toks[m.First].Norm == "the" {
		if i, ok := person(k - 1); ok {
			return i, true
		}
	}
	return 0, false
}

// countryNamed returns the state a name is written as ("U.S.", "Israel"),
// if any; a person's name is never one.
func (t *Table) countryNamed(name string) *Country {
	if t.dict == nil {
		return nil
	}
	f := strings.ReplaceAll(text.Fold(name), ".", "")
	at, ok := t.dict.countryForm[f]
	if !ok {
		at = len(t.dict.countries)
	}
	if strings.Contains(name, ".") {
		// "U.K." is a code; "Al" is a name. The first state in dictionary
		// order wins, whichever way it matched.
		for _, c := range t.dict.countries[:at] {
			if strings.EqualFold(c.Code, f) {
				return c
			}
		}
	}
	if !ok {
		return nil
	}
	return t.dict.countries[at]
}

// bodyHeads are generic nouns news put after a body's own name ("the UKMTO
// agency", "the Hamas group", "the Wagner militia"): the phrase is still
// that body.
var bodyHeads = map[string]bool{
	"agency": true, "group": true, "militia": true, "movement": true, "organisation": true,
	"organization": true, "body": true, "network": true, "firm": true, "company": true,
}

// namedWithHead finds the entity a speaker phrase names by its own name
// followed by a generic head noun ("the United Kingdom Maritime Trade
// Operations (UKMTO) agency said"). A UN name is left alone: "the UN agency"
// is one of many agencies, not the UN.
func (t *Table) namedWithHead(m *Mention) (int, bool) {
	if m.Actor != nil || m.First < 0 || m.Last > len(t.byToken) || m.Last-m.First < 2 {
		return 0, false
	}
	toks := t.doc.Tokens
	if !bodyHeads[toks[m.Last-1].Norm] {
		return 0, false
	}
	k := m.First
	if toks[k].Norm == "the" {
		k++
	}
	id := t.byToken[k]
	if id == 0 {
		return 0, false
	}
	for j := k; j < m.Last-1; j++ {
		if toks[j].Kind == text.Punct && (toks[j].Norm == "(" || toks[j].Norm == ")") {
			continue
		}
		if t.byToken[j] != id {
			return 0, false
		}
	}
	i := int(id - 1)
	e := &t.Entities[i]
	if e.Kind == sitrep.KindUN || e.Kind == sitrep.KindPerson {
		return 0, false
	}
	t.add(&Mention{First: m.First, Last: m.Last, Span: m.Span, Actor: t.meta[i].actor, Name: e.Name, Kind: e.Kind,
		Country: e.Country, ACLED: e.ACLEDName, Role: t.meta[i].role})
	return i, true
}

// wingHeads name a body by its place in another ("the group's armed wing",
// "its media arm"); an apposition gives the body's own name.
var wingHeads = map[string]bool{
	"wing": true, "arm": true, "branch": true, "affiliate": true, "faction": true, "offshoot": true,
	"mouthpiece": true,
}

// appositiveBody finds the named body a wing phrase stands in apposition to
// ("the terror group's armed wing, the so-called HPG, claimed"): the phrase
// is that body, not an entity of its own.
func (t *Table) appositiveBody(m *Mention) (int, bool) {
	if m.Actor != nil || m.Kind == sitrep.KindPerson || m.Generic || m.First < 0 || m.Last >= len(t.byToken) || m.First >= m.Last {
		return 0, false
	}
	toks := t.doc.Tokens
	if !wingHeads[toks[m.Last-1].Norm] || toks[m.Last].Norm != "," {
		return 0, false
	}
	k := m.Last + 1
	if k < len(toks) && toks[k].Norm == "the" {
		k++
	}
	if k+2 < len(toks) && toks[k].Norm == "so" && toks[k+1].Norm == "-" && toks[k+2].Norm == "called" {
		k += 3
	} else if k < len(toks) && toks[k].Norm == "so-called" {
		k++
	}
	if k >= len(t.byToken) || t.byToken[k] == 0 || toks[k].Newlines > 0 {
		return 0, false
	}
	i := int(t.byToken[k] - 1)
	e := &t.Entities[i]
	if e.Kind == sitrep.KindPerson {
		return 0, false
	}
	t.add(&Mention{First: m.First, Last: m.Last, Span: m.Span, Actor: t.meta[i].actor, Name: e.Name, Kind: e.Kind,
		Country: e.Country, ACLED: e.ACLEDName, Role: t.meta[i].role})
	return i, true
}

// namingWords make up a clause that gives a person's name after a role
// ("who goes by the name", "known as", "who calls himself").
var namingWords = map[string]bool{
	"who": true, "goes": true, "by": true, "the": true, "name": true, "known": true, "as": true,
	"named": true, "called": true, "calls": true, "himself": true, "herself": true,
}

// roleTail reports a "person" that is the tail of a role phrase ("the
// governor of Cabo Delgado", "the Minister of Security", "The High
// Commissioner"): a place or portfolio after "of", or a title word, where
// a name should be.
func (t *Table) roleTail(m *Mention) bool {
	toks := t.doc.Tokens
	if toks[m.First].Norm == "of" || m.First > 0 && toks[m.First-1].Norm == "of" {
		return true
	}
	return titleWords[toks[m.Last-1].Norm].core
}

// sameCrowd finds the group an unplaced generic mention with no text names
// ("Protesters", which a protest with no crowd named gets): the article's
// group of that stem, whatever country it was given ("Protesters
// (Pakistan)").
func (t *Table) sameCrowd(m *Mention) (int, bool) {
	if !m.Generic || m.Actor != nil || m.Country != "" || m.First < m.Last {
		return 0, false
	}
	for i := range t.Entities {
		e := &t.Entities[i]
		if !t.meta[i].generic || e.Kind != m.Kind {
			continue
		}
		if e.Name == m.Name || strings.HasPrefix(e.ACLEDName, m.Name+" (") {
			return i, true
		}
	}
	return 0, false
}
