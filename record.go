// Package sitrep holds the domain types shared by every stage: the extraction
// record of ../shared/FORMAT.md (format v1) and the ledger's service
// interfaces. Stages under internal/ produce or consume these types; nothing
// here does I/O.
package sitrep

// FormatVersion is the record format these types serialise to.
const FormatVersion = 1

// Span is a [start, end) byte range into an article's text. It marshals as a
// two-element JSON array, as FORMAT.md requires.
type Span [2]int

// Start returns the first byte of the span.
func (s Span) Start() int { return s[0] }

// End returns the byte after the span.
func (s Span) End() int { return s[1] }

// Len returns the span's length in bytes.
func (s Span) Len() int { return s[1] - s[0] }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o[0] >= s[0] && o[1] <= s[1] }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s[0] < o[1] && o[0] < s[1] }

// Record is what `sitrep extract` writes for one article.
type Record struct {
	ID        string   `json:"id"`
	Published string   `json:"published"`
	Title     string   `json:"title"`
	URL       string   `json:"url,omitempty"`
	Outlet    string   `json:"outlet,omitempty"`
	Engine    string   `json:"engine,omitempty"`
	Warnings  []string `json:"warnings,omitempty"`
	Entities  []Entity `json:"entities"`
	Places    []Place  `json:"places"`
	Times     []Time   `json:"times"`
	Events    []Event  `json:"events"`
	Counts    []Count  `json:"counts"`
	Claims    []Claim  `json:"claims"`
}

// Entity kinds, as FORMAT.md lists them.
const (
	KindStateForce = "state_force"
	KindArmedGroup = "armed_group"
	KindGovernment = "government"
	KindPolitical  = "political"
	KindMedia      = "media"
	KindNGO        = "ngo"
	KindUN         = "un"
	KindPerson     = "person"
	KindCivilians  = "civilians"
	KindOther      = "other"
)

// Entity is a named actor, organisation, outlet or person in one article.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Kind    string   `json:"kind"`
	// Party is true when the entity is a party to the fighting or speaks for one.
	Party bool `json:"party"`
	// Independent marks sources that are neither party nor partisan: UN
	// agencies, NGOs, hospitals, wire agencies.
	Independent bool   `json:"independent,omitempty"`
	ACLEDName   string `json:"acled_name,omitempty"`
	Country     string `json:"country,omitempty"`
	// Actor is the dictionary key when the entity was recognised from data/.
	Actor string `json:"actor,omitempty"`
	// Parent is the entity id of the organisation this one belongs to
	// (al-Qassam Brigades → Hamas).
	Parent string `json:"parent,omitempty"`
	// SpeaksFor is the entity id a person or spokesman speaks for; party and
	// independence are inherited from it.
	SpeaksFor string `json:"speaks_for,omitempty"`
	Mentions  []Span `json:"mentions"`
}

// Place is a geocoded place mention.
type Place struct {
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Text        string  `json:"text"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	Kind        string  `json:"kind"`
	Country     string  `json:"country"`
	Admin1      string  `json:"admin1,omitempty"`
	PrecisionKM float64 `json:"precision_km"`
	GeonamesID  int64   `json:"geonames_id,omitempty"`
	Mentions    []Span  `json:"mentions"`
}

// Granularities of a Time value.
const (
	GranDay   = "day"
	GranWeek  = "week"
	GranMonth = "month"
	GranYear  = "year"
)

// Time is a date the article states or implies, normalised to ISO 8601 at
// its granularity.
type Time struct {
	Text        string `json:"text"`
	Value       string `json:"value"`
	Granularity string `json:"granularity"`
	// End is set for a range ("between Sunday and Tuesday"): Value is its
	// first day, End its last.
	End      string `json:"end,omitempty"`
	Mentions []Span `json:"mentions"`
}

// ACLED event types.
const (
	Battles            = "Battles"
	ExplosionsRemote   = "Explosions/Remote violence"
	ViolenceCivilians  = "Violence against civilians"
	Protests           = "Protests"
	Riots              = "Riots"
	StrategicDevelopmt = "Strategic developments"
)

// Event is one coded happening.
type Event struct {
	ID      string      `json:"id"`
	Type    string      `json:"type"`
	SubType string      `json:"sub_type"`
	Date    string      `json:"date"`
	DateEnd string      `json:"date_end"`
	Place   *EventPlace `json:"place"`
	// Actors are entity ids, initiator first, target second.
	Actors     []string `json:"actors"`
	Claims     []string `json:"claims"`
	Counts     []string `json:"counts"`
	Fatalities int      `json:"fatalities,omitempty"`
	// TimePrecision follows ACLED: 1 day, 2 week, 3 month or coarser.
	TimePrecision int    `json:"time_precision,omitempty"`
	Text          string `json:"text,omitempty"`
	Span          Span   `json:"span"`
}

// EventPlace is where an event happened.
type EventPlace struct {
	Name        string  `json:"name"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	PrecisionKM float64 `json:"precision_km"`
	Country     string  `json:"country,omitempty"`
	Admin1      string  `json:"admin1,omitempty"`
	Place       string  `json:"place_id,omitempty"`
}

// Count statuses.
const (
	StatusKilled     = "killed"
	StatusInjured    = "injured"
	StatusCasualties = "casualties"
	StatusDisplaced  = "displaced"
	StatusCaptured   = "captured"
	StatusMissing    = "missing"
	StatusOther      = "other"
)

// Count is a number of people the article reports.
type Count struct {
	ID  string `json:"id"`
	Min int64  `json:"min"`
	// Max is nil when the figure is open above ("more than 60").
	Max    *int64 `json:"max"`
	Text   string `json:"text"`
	Status string `json:"status"`
	Who    string `json:"who"`
	// Source is the reporting entity's id, nil when the article states the
	// figure in its own voice.
	Source *string `json:"source"`
	Claim  *string `json:"claim"`
	Span   Span    `json:"span"`
}

// Claim is a statement the article attributes to someone.
type Claim struct {
	ID     string   `json:"id"`
	Text   string   `json:"text"`
	Source string   `json:"source"`
	Via    []string `json:"via"`
	Party  bool     `json:"party"`
	// Independent mirrors the source's Independent flag.
	Independent bool   `json:"independent,omitempty"`
	Cue         string `json:"cue"`
	// Denial marks a claim whose cue denies ("denied", "rejected").
	Denial bool `json:"denial,omitempty"`
	Span   Span `json:"span"`
}
