// Package actors recognises who acts and who speaks in an article: a
// hand-kept dictionary (data/actors) matched in one pass over the tokens,
// and the per-article entity table that every other stage refers to by id.
package actors

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	actordata "sitrep/data/actors"
	"sitrep/internal/text"
)

// Roles an actor can have towards the fighting.
const (
	RoleParty       = "party"
	RoleIndependent = "independent"
	RoleNeutral     = "neutral"
)

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
}

// Party reports whether the actor is a party to the fighting or speaks for one.
func (a *Actor) Party() bool { return a.Role == RoleParty }

// Independent reports whether the actor is an independent source.
func (a *Actor) Independent() bool { return a.Role == RoleIndependent }

// Dictionary is the compiled actor dictionary. It is immutable after Load
// and safe for concurrent use.
type Dictionary struct {
	actors []*Actor
	byKey  map[string]*Actor
	trie   *trie
}

// Default loads the dictionary embedded from data/actors.
func Default() (*Dictionary, error) { return Load(actordata.FS) }

// Load reads every *.tsv file at the root of fsys except demonyms.tsv.
func Load(fsys fs.FS) (*Dictionary, error) {
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, fmt.Errorf("list actor files: %w", err)
	}
	sort.Strings(names)
	d := &Dictionary{byKey: map[string]*Actor{}, trie: newTrie()}
	for _, n := range names {
		if path.Base(n) == "demonyms.tsv" {
			continue
		}
		if err := d.loadFile(fsys, n); err != nil {
			return nil, err
		}
	}
	for _, a := range d.actors {
		if a.Parent != "" && d.byKey[a.Parent] == nil {
			return nil, fmt.Errorf("actor %s: unknown parent %q", a.Key, a.Parent)
		}
		d.index(a)
	}
	return d, nil
}

func (d *Dictionary) loadFile(fsys fs.FS, name string) error {
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
		if len(cols) < 7 {
			return fmt.Errorf("%s:%d: want 8 tab-separated columns, got %d", name, line, len(cols))
		}
		for len(cols) < 8 {
			cols = append(cols, "")
		}
		a := &Actor{
			Key: strings.TrimSpace(cols[0]), Name: strings.TrimSpace(cols[1]), ACLED: strings.TrimSpace(cols[2]),
			Kind: strings.TrimSpace(cols[3]), Country: strings.TrimSpace(cols[4]), Role: strings.TrimSpace(cols[5]),
			Parent: strings.TrimSpace(cols[6]),
		}
		for _, al := range strings.Split(cols[7], "|") {
			if al = strings.TrimSpace(al); al != "" {
				a.Aliases = append(a.Aliases, al)
			}
		}
		if a.Key == "" || a.Name == "" {
			return fmt.Errorf("%s:%d: empty key or name", name, line)
		}
		if d.byKey[a.Key] != nil {
			return fmt.Errorf("%s:%d: duplicate key %q", name, line, a.Key)
		}
		d.byKey[a.Key] = a
		d.actors = append(d.actors, a)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// index adds every form of a to the trie. All-caps forms (acronyms) match
// only as written in capitals, so "US" the country never matches "us".
func (d *Dictionary) index(a *Actor) {
	forms := append([]string{a.Name}, a.Aliases...)
	if a.ACLED != "" {
		forms = append(forms, a.ACLED)
	}
	for _, f := range forms {
		toks := text.Tokenize(f)
		var key []string
		acronym := true
		for _, t := range toks {
			if t.Kind == text.Punct && (t.Norm == "-" || t.Norm == "'" || t.Norm == "." || t.Norm == "(" || t.Norm == ")") {
				continue
			}
			key = append(key, t.Norm)
			if t.Kind == text.Word && !t.Upper {
				acronym = false
			}
		}
		if len(key) == 0 {
			continue
		}
		if len(key) == 1 && len(key[0]) <= 1 {
			continue
		}
		d.trie.add(key, entry{actor: a, caseSensitive: acronym && len(toks) == 1})
	}
}

// Actor returns the actor with the given key.
func (d *Dictionary) Actor(key string) (*Actor, bool) {
	a, ok := d.byKey[key]
	return a, ok
}

// Actors returns every actor in load order.
func (d *Dictionary) Actors() []*Actor { return d.actors }
