// Package actors recognises who acts and who speaks in an article: a
// hand-kept dictionary (data/actors) matched in one pass over the tokens,
// patterns for the organisations, people, state forces and generic groups
// the dictionary cannot list, and the per-article entity table that every
// other stage refers to by id.
package actors

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"sitrep"
	actordata "sitrep/data/actors"
	"sitrep/internal/text"
)

// Roles an actor can have towards the fighting.
const (
	RoleParty       = "party"
	RoleIndependent = "independent"
	RoleNeutral     = "neutral"
)

// kinds are the entity kinds FORMAT.md allows; a dictionary row with any
// other kind is a data error caught at load.
var kinds = map[string]bool{
	sitrep.KindStateForce: true, sitrep.KindArmedGroup: true, sitrep.KindGovernment: true,
	sitrep.KindPolitical: true, sitrep.KindMedia: true, sitrep.KindNGO: true, sitrep.KindUN: true,
	sitrep.KindPerson: true, sitrep.KindCivilians: true, sitrep.KindOther: true,
}

var roles = map[string]bool{RoleParty: true, RoleIndependent: true, RoleNeutral: true}

// Actor is one dictionary row.
type Actor struct {
	Key     string
	Name    string
	ACLED   string
	Kind    string
	Country string
	Role    string
	Parent  string // key of the parent actor
	Aliases []string
	// Source is "file:line" of the row, for error messages and review.
	Source string
	// parent is the row Parent names, set at load: every entity table
	// links its entities to their parents, article after article.
	parent *Actor
}

// Party reports whether the actor is a party to the fighting or speaks for one.
func (a *Actor) Party() bool { return a.Role == RoleParty }

// Independent reports whether the actor is an independent source.
func (a *Actor) Independent() bool { return a.Role == RoleIndependent }

// Dictionary is the compiled actor dictionary with its demonym table. It is
// immutable after Load and safe for concurrent use.
type Dictionary struct {
	actors    []*Actor
	byKey     map[string]*Actor
	countries []*Country
	byCode    map[string]*Country
	trie      *trie
	lex       map[string]uint16
	tags      map[string]uint16
	// words numbers every word of the trie's keys and the tagged sets from
	// 1, rootOf maps a word's id to its root node (nil for a word that
	// starts no key), clsOf to that node's classes and tagOf to the word's
	// tags, so classify reads no node.
	words  *text.WordTable[uint32]
	rootOf []*trie
	clsOf  []uint16
	tagOf  []uint16
	// earlier holds the ACLED names of actors under earlier governments
	// (see earlierNames).
	earlier map[periodKey][]string
	// countryForm indexes states by folded name (see indexCountryForms).
	countryForm map[string]int
	// heads maps every name the dictionary gives an entity to its folded
	// last word, for the resolver, which asks it of each entity's names.
	heads map[string]string
	// scratch pools the per-article buffers of Recognize.
	scratch sync.Pool
}

// Default loads the dictionary embedded from data/actors.
func Default() (*Dictionary, error) { return Load(actordata.FS) }

// demonymFile is the one TSV at the root that is not actor rows.
const demonymFile = "demonyms.tsv"

// Load reads every *.tsv file at the root of fsys: demonyms.tsv into the
// demonym table, every other one as actor rows. Rows are validated (kind,
// role, parent, country) and the whole dictionary compiled into one token
// trie.
func Load(fsys fs.FS) (*Dictionary, error) {
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, fmt.Errorf("list actor files: %w", err)
	}
	sort.Strings(names)
	d := &Dictionary{byKey: map[string]*Actor{}, byCode: map[string]*Country{}, trie: newTrie(), lex: buildLex(), tags: buildTags()}
	for _, n := range names {
		if path.Base(n) == demonymFile {
			if err := d.loadDemonyms(fsys, n); err != nil {
				return nil, err
			}
			continue
		}
		if err := d.loadFile(fsys, n); err != nil {
			return nil, err
		}
	}
	for _, a := range d.actors {
		if a.Parent != "" && d.byKey[a.Parent] == nil {
			return nil, fmt.Errorf("%s: actor %s: unknown parent %q", a.Source, a.Key, a.Parent)
		}
		if a.Parent == a.Key {
			return nil, fmt.Errorf("%s: actor %s is its own parent", a.Source, a.Key)
		}
		if a.Parent != "" {
			a.parent = d.byKey[a.Parent]
		}
	}
	for _, a := range d.actors {
		d.index(a)
	}
	d.linkCountries()
	d.settleBelligerence()
	d.indexCountries()
	d.shareGenericForms()
	d.indexPossessives()
	d.markClasses()
	d.intern()
	d.cacheEarlierNames()
	d.indexCountryForms()
	d.indexHeads()
	return d, nil
}

// eachRow calls fn with the tab-separated columns of every data row of a
// TSV file, skipping the header, blank lines and # comments.
func eachRow(fsys fs.FS, name string, fn func(line int, cols []string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	header := true
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		cols := strings.Split(s, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := fn(line, cols); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func (d *Dictionary) loadFile(fsys fs.FS, name string) error {
	return eachRow(fsys, name, func(line int, cols []string) error {
		if len(cols) < 7 || len(cols) > 8 {
			return fmt.Errorf("want 8 tab-separated columns, got %d", len(cols))
		}
		for len(cols) < 8 {
			cols = append(cols, "")
		}
		a := &Actor{
			Key: cols[0], Name: cols[1], ACLED: cols[2], Kind: cols[3], Country: cols[4],
			Role: cols[5], Parent: cols[6], Aliases: splitList(cols[7]),
			Source: fmt.Sprintf("%s:%d", name, line),
		}
		switch {
		case a.Key == "" || a.Name == "":
			return fmt.Errorf("empty key or name")
		case !kinds[a.Kind]:
			return fmt.Errorf("actor %s: unknown kind %q", a.Key, a.Kind)
		case !roles[a.Role]:
			return fmt.Errorf("actor %s: unknown role %q", a.Key, a.Role)
		case a.Country != "" && !isCountryCode(a.Country):
			return fmt.Errorf("actor %s: country %q is not an ISO 3166-1 alpha-2 code", a.Key, a.Country)
		case d.byKey[a.Key] != nil:
			return fmt.Errorf("duplicate key %q (first at %s)", a.Key, d.byKey[a.Key].Source)
		}
		d.byKey[a.Key] = a
		d.actors = append(d.actors, a)
		return nil
	})
}

func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// Actor returns the actor with the given key.
func (d *Dictionary) Actor(key string) (*Actor, bool) {
	a, ok := d.byKey[key]
	return a, ok
}

// Actors returns every actor in load order.
func (d *Dictionary) Actors() []*Actor { return d.actors }

// ParentOf returns the actor's parent actor, if it has one.
func (d *Dictionary) ParentOf(a *Actor) (*Actor, bool) {
	if a == nil || a.Parent == "" {
		return nil, false
	}
	if a.parent != nil {
		return a.parent, true
	}
	p, ok := d.byKey[a.Parent]
	return p, ok
}

// descends reports whether a is a unit, wing or member of anc, at any
// depth of the parent chain.
func (d *Dictionary) descends(a, anc *Actor) bool {
	for n := 0; a != nil && n < 8; n++ {
		p, ok := d.ParentOf(a)
		if !ok {
			return false
		}
		if p == anc {
			return true
		}
		a = p
	}
	return false
}
