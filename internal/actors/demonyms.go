package actors

import (
	"fmt"
	"io/fs"
	"strings"

	"sitrep"
	"sitrep/internal/text"
)

// Country is one row of data/actors/demonyms.tsv: how news names a state
// and its people, and the ACLED names of its military and police. Military,
// Police and Government are the dictionary rows standing for them, when the
// dictionary has one.
type Country struct {
	Code          string
	Name          string
	Demonyms      []string
	MilitaryACLED string
	PoliceACLED   string
	Aliases       []string
	// Earlier are the periods of the state's earlier governments as ACLED
	// writes them ("2018-2024"), latest first: an article about an earlier
	// year names the state's forces with that period.
	Earlier []string
	// Capitals are the seats of government news uses for the state acting
	// ("Kyiv said", "Moscow's troops"); as places they are the gazetteer's.
	Capitals []string
	Source   string

	Military   *Actor
	Police     *Actor
	Government *Actor
	Civilians  *Actor
	// Unidentified is the row ACLED's "Unidentified Armed Group (X)"
	// stands for in the state ("Bandits (Nigeria)"), if any: unnamed
	// gunmen there are that actor.
	Unidentified *Actor
	// Belligerent is true when the state is at war: its government row is
	// a party, or, without one, a state force row is. Its officials then
	// speak for a party, and "X said" names its forces rather than its
	// diplomats.
	Belligerent bool
}

// Country returns the demonym row for an ISO 3166-1 alpha-2 code.
func (d *Dictionary) Country(code string) (*Country, bool) {
	c, ok := d.byCode[code]
	return c, ok
}

// Countries returns every demonym row in load order.
func (d *Dictionary) Countries() []*Country { return d.countries }

func (d *Dictionary) loadDemonyms(fsys fs.FS, name string) error {
	return eachRow(fsys, name, func(line int, cols []string) error {
		if len(cols) < 5 || len(cols) > 8 {
			return fmt.Errorf("want 8 tab-separated columns, got %d", len(cols))
		}
		for len(cols) < 8 {
			cols = append(cols, "")
		}
		c := &Country{
			Code: cols[0], Name: cols[1], Demonyms: splitList(cols[2]),
			MilitaryACLED: cols[3], PoliceACLED: cols[4], Aliases: splitList(cols[5]),
			Earlier: splitList(cols[6]), Capitals: splitList(cols[7]), Source: fmt.Sprintf("%s:%d", name, line),
		}
		for _, p := range c.Earlier {
			if !isClosedPeriod(p) {
				return fmt.Errorf("country %s: earlier period %q is not YYYY-YYYY", c.Code, p)
			}
		}
		switch {
		case !isCountryCode(c.Code):
			return fmt.Errorf("country %q is not an ISO 3166-1 alpha-2 code", c.Code)
		case c.Name == "":
			return fmt.Errorf("country %s: empty name", c.Code)
		case d.byCode[c.Code] != nil:
			return fmt.Errorf("duplicate country %s (first at %s)", c.Code, d.byCode[c.Code].Source)
		}
		d.byCode[c.Code] = c
		d.countries = append(d.countries, c)
		return nil
	})
}

// linkCountries finds, for every country, the dictionary rows that stand
// for its military, police and government, so that "Sudanese troops" and
// "SAF" become one entity. A top-level row (no parent) whose ACLED name is
// the state's military name wins over sub-units.
func (d *Dictionary) linkCountries() {
	for _, a := range d.actors {
		if a.Country == "" {
			continue
		}
		c := d.byCode[a.Country]
		if c == nil {
			c = &Country{Code: a.Country, Name: a.Country, Source: a.Source}
			d.byCode[a.Country] = c
			// Not appended to d.countries: a code without a demonym row
			// still links its forces but contributes no names.
		}
		if a.Kind == sitrep.KindStateForce && a.Role == RoleParty {
			c.Belligerent = true
		}
		switch a.Kind {
		case sitrep.KindStateForce:
			if isPolice(a) {
				if better(a, c.Police, "Police Forces of") {
					c.Police = a
				}
			} else if better(a, c.Military, "Military Forces of") {
				c.Military = a
			}
		case sitrep.KindGovernment:
			if better(a, c.Government, "Government of") {
				c.Government = a
			}
		case sitrep.KindArmedGroup:
			if strings.HasPrefix(a.ACLED, unidentifiedGroup+" (") && c.Unidentified == nil {
				c.Unidentified = a
			}
		case sitrep.KindCivilians:
			if better(a, c.Civilians, "Civilians (") {
				c.Civilians = a
			}
		}
	}
}

func isPolice(a *Actor) bool {
	return strings.HasPrefix(a.ACLED, "Police Forces of") || strings.Contains(strings.ToLower(a.Name), "police")
}

// better reports whether a should stand for its state rather than cur:
// only a row ACLED codes as the state's own actor may ("Military Forces of
// Mali", not a presidential guard with its own name).
func better(a, cur *Actor, acledPrefix string) bool {
	if !strings.HasPrefix(a.ACLED, acledPrefix) {
		return false
	}
	score := func(x *Actor) int {
		s := 0
		if x.Parent == "" {
			s += 2
		}
		if strings.HasPrefix(x.ACLED, acledPrefix) {
			s += 4
		}
		return s
	}
	return cur == nil || score(a) > score(cur)
}

// A state's government row carries the dictionary's judgement of whether
// the state is at war (its civilian bodies are a party only then); without
// one, a party state force decides.
func (d *Dictionary) settleBelligerence() {
	for _, c := range d.byCode {
		if c.Government != nil {
			c.Belligerent = c.Government.Role == RoleParty
		}
	}
}

// indexCountries adds country names, aliases and demonyms to the trie so
// that the one walk that finds actors also finds the states and peoples
// that demonym forces and generic groups are built from.
func (d *Dictionary) indexCountries() {
	for _, c := range d.countries {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if key, _, _ := formKey(n); len(key) > 0 {
				d.trie.node(key).country = c
			}
		}
		// ACLED's own names for the state's forces, as event notes write
		// them ("Military Forces of Mali").
		for _, f := range []struct {
			name string
			a    *Actor
		}{{c.militaryName(), c.Military}, {c.policeName(), c.Police}} {
			if f.a == nil {
				continue
			}
			if key, _, _ := formKey(f.name); len(key) > 0 {
				d.trie.add(key, entry{actor: f.a, capital: true, prio: prioVariant})
			}
		}
		for _, n := range c.Demonyms {
			if key, _, _ := formKey(n); len(key) > 0 {
				d.trie.node(key).demonym = c
			}
		}
		for _, n := range c.Capitals {
			if key, _, _ := formKey(n); len(key) > 0 {
				d.trie.node(key).capital = c
			}
		}
	}
}

// indexCountryForms maps each state's folded name and aliases (dots
// dropped from the aliases) to its index in d.countries, the first state
// for a form two share, for countryNamed.
func (d *Dictionary) indexCountryForms() {
	d.countryForm = map[string]int{}
	put := func(f string, k int) {
		if _, ok := d.countryForm[f]; !ok {
			d.countryForm[f] = k
		}
	}
	for k, c := range d.countries {
		put(text.Fold(c.Name), k)
		for _, a := range c.Aliases {
			put(strings.ReplaceAll(text.Fold(a), ".", ""), k)
		}
	}
}

// militaryName is the name of a state's military when the dictionary has no
// row for it.
func (c *Country) militaryName() string { return "Military Forces of " + c.Name }

func (c *Country) policeName() string { return "Police Forces of " + c.Name }

func isClosedPeriod(p string) bool {
	if len(p) != 9 || p[4] != '-' {
		return false
	}
	for i, r := range p {
		if i != 4 && (r < '0' || r > '9') {
			return false
		}
	}
	return p[:4] <= p[5:]
}

// periodNames returns ACLED's names of an actor in the state's earlier
// periods: "Military Forces of Mexico (2024-)" was "Military Forces of
// Mexico (2018-2024)", written "(2018-)" while that government held office.
func (c *Country) periodNames(acled string) []string {
	if c == nil || len(c.Earlier) == 0 {
		return nil
	}
	open := strings.Index(acled, " (")
	if open < 0 || open+8 > len(acled) || acled[open+6:open+8] != "-)" || !isClosedPeriod(acled[open+2:open+7]+acled[open+2:open+6]) {
		return nil
	}
	head, tail := acled[:open], acled[open+8:]
	out := make([]string, 0, 2*len(c.Earlier))
	for _, p := range c.Earlier {
		out = append(out, head+" ("+p+")"+tail, head+" ("+p[:5]+")"+tail)
	}
	return out
}

// earlierNames returns c.periodNames(acled), from the table Load fills
// for the ACLED names of the dictionary's rows and states' forces, so a
// new entity does not build the same strings again in every article.
func (d *Dictionary) earlierNames(c *Country, acled string) []string {
	if c == nil || len(c.Earlier) == 0 {
		return nil
	}
	if ns, ok := d.earlier[periodKey{c, acled}]; ok {
		return ns
	}
	return c.periodNames(acled)
}

type periodKey struct {
	c     *Country
	acled string
}

// cacheEarlierNames fills the table earlierNames reads.
func (d *Dictionary) cacheEarlierNames() {
	d.earlier = map[periodKey][]string{}
	put := func(c *Country, acled string) {
		if c != nil && acled != "" {
			d.earlier[periodKey{c, acled}] = c.periodNames(acled)
		}
	}
	for _, a := range d.actors {
		put(d.byCode[a.Country], a.ACLED)
	}
	for _, c := range d.countries {
		put(c, c.MilitaryACLED)
		put(c, c.PoliceACLED)
	}
}

// ACLEDNameAt returns the ACLED name an actor of country code had in year:
// ACLED names a state's actors after the government in office on the
// event's date, so "Military Forces of Mexico (2024-)" is "Military Forces
// of Mexico (2018-2024)" for an event of 2021. Periods are known by year
// only: in the year a government changed, the later name is returned. Names
// without a period, or of a country without earlier periods, come back as
// given.
func (d *Dictionary) ACLEDNameAt(acled, code string, year int) string {
	c := d.byCode[code]
	if c == nil || len(c.Earlier) == 0 {
		return acled
	}
	open := strings.Index(acled, " (")
	if open < 0 || open+8 > len(acled) || acled[open+6:open+8] != "-)" {
		return acled
	}
	start := atoi4(acled[open+2 : open+6])
	if start < 0 || year >= start {
		return acled
	}
	for _, p := range c.Earlier {
		from, to := atoi4(p[:4]), atoi4(p[5:])
		if year >= from && year < to || year == to && year < start {
			return acled[:open] + " (" + p + ")" + acled[open+8:]
		}
	}
	return acled
}

func atoi4(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}
