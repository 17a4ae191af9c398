package sitrep

import (
	"context"
	"errors"
	"time"
)

// Errors every Store returns for the conditions callers branch on.
var (
	// ErrNotFound means the article, incident or actor asked for is not stored.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means a filter or input the store cannot act on.
	ErrInvalid = errors.New("invalid input")
)

// Incident statuses: how well a happening is sourced.
const (
	IncidentSingleSource = "single_source"
	IncidentCorroborated = "corroborated"
	IncidentPartiesOnly  = "parties_only"
	IncidentDisputed     = "disputed"
)

// Article is one stored article at one version.
type Article struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title"`
	Published string    `json:"published,omitempty"`
	Fetched   time.Time `json:"fetched"`
	Text      string    `json:"text,omitempty"`
	// Hash is the hex SHA-256 of Text; the store keeps one copy per hash.
	Hash    string `json:"hash"`
	Version int    `json:"version"`
}

// Submission is one article and the record the engine made of it.
type Submission struct {
	Article Article
	Record  Record
}

// PutResult says what the store did with one Submission.
type PutResult struct {
	ArticleID string `json:"article_id"`
	Version   int    `json:"version"`
	// Status is "new", "version" (a changed article) or "duplicate".
	Status string `json:"status"`
}

// Put statuses.
const (
	PutNew       = "new"
	PutVersion   = "version"
	PutDuplicate = "duplicate"
)

// StoredRecord is one engine run over one article version. Records are
// append-only: a newer engine adds one, never edits the old.
type StoredRecord struct {
	ArticleID string    `json:"article_id"`
	Version   int       `json:"version"`
	Engine    string    `json:"engine"`
	Created   time.Time `json:"created"`
	Record    Record    `json:"record"`
}

// Page asks for one page of a listing. Cursor is opaque: pass back the
// Next a previous page returned.
type Page struct {
	Limit  int    `json:"limit,omitempty"`
	Cursor string `json:"cursor,omitempty"`
}

// Near is a circle on the ground.
type Near struct {
	Lat, Lon, KM float64
}

// Filter narrows incidents, events, claims and exports. Zero fields match
// everything. Dates are YYYY-MM-DD; an incident matches when its date
// range overlaps [Since, Until].
type Filter struct {
	Since   string `json:"since,omitempty"`
	Until   string `json:"until,omitempty"`
	Near    *Near  `json:"near,omitempty"`
	Country string `json:"country,omitempty"`
	// Actor matches an actor key or name, folded.
	Actor  string `json:"actor,omitempty"`
	Type   string `json:"type,omitempty"`
	Status string `json:"status,omitempty"`
	// Source matches a claimant's name or key; Party / Independent keep
	// only claims whose source is a party / independent.
	Source      string `json:"source,omitempty"`
	Party       bool   `json:"party,omitempty"`
	Independent bool   `json:"independent,omitempty"`
	// Query is a full-text query over claims and articles; only Search
	// reads it.
	Query string `json:"query,omitempty"`
	Page
}

// IncidentSummary is one row of the incident list.
type IncidentSummary struct {
	ID          string   `json:"id"`
	Type        string   `json:"type"`
	SubType     string   `json:"sub_type,omitempty"`
	Date        string   `json:"date"`
	DateEnd     string   `json:"date_end"`
	Place       string   `json:"place,omitempty"`
	Lat         float64  `json:"lat"`
	Lon         float64  `json:"lon"`
	PrecisionKM float64  `json:"precision_km"`
	Country     string   `json:"country,omitempty"`
	Actors      []string `json:"actors"`
	Status      string   `json:"status"`
	Reports     int      `json:"reports"`
	Outlets     []string `json:"outlets"`
	Events      int      `json:"events"`
	// Fatalities is the lowest figure any claimant gives (ACLED's
	// conservative reading); the detail shows every claimant's range.
	Fatalities int64 `json:"fatalities"`
}

// Party roles of an actor or source.
type Party struct {
	Key         string `json:"key"`
	Name        string `json:"name"`
	Kind        string `json:"kind,omitempty"`
	Party       bool   `json:"party"`
	Independent bool   `json:"independent,omitempty"`
	Country     string `json:"country,omitempty"`
	ACLEDName   string `json:"acled_name,omitempty"`
}

// EventReport is one article's event with everything resolved against the
// article's record, so it reads on its own.
type EventReport struct {
	UID       string   `json:"uid"` // article id + "/" + event id
	ArticleID string   `json:"article_id"`
	Version   int      `json:"version"`
	Outlet    string   `json:"outlet,omitempty"`
	Title     string   `json:"title,omitempty"`
	URL       string   `json:"url,omitempty"`
	Published string   `json:"published,omitempty"`
	Event     Event    `json:"event"`
	Actors    []Party  `json:"actors"`
	Claims    []Quote  `json:"claims"`
	Counts    []Figure `json:"counts"`
	// Incident is set when the report is read back from a ledger.
	Incident string `json:"incident,omitempty"`
}

// Quote is a claim with its source resolved.
type Quote struct {
	ArticleID string `json:"article_id"`
	Claim     Claim  `json:"claim"`
	Source    Party  `json:"source"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Incident  string `json:"incident,omitempty"`
}

// Figure is a count with its claimant resolved. A count the article states
// in its own voice has the outlet as claimant.
type Figure struct {
	Count    Count `json:"count"`
	Claimant Party `json:"claimant"`
}

// Range is the span of figures one claimant gives for one status.
type Range struct {
	Claimant Party  `json:"claimant"`
	Status   string `json:"status"`
	Min      int64  `json:"min"`
	// Max is nil when some figure is open above.
	Max     *int64   `json:"max"`
	Reports []string `json:"reports"` // article ids
	Texts   []string `json:"texts"`
}

// ClaimantView is all one claimant says about an incident.
type ClaimantView struct {
	Claimant Party   `json:"claimant"`
	Claims   []Quote `json:"claims"`
	Ranges   []Range `json:"ranges"`
}

// Link explains why two reports are taken as one happening.
type Link struct {
	A      string `json:"a"`
	B      string `json:"b"`
	Reason string `json:"reason"`
}

// IncidentDetail is the incident page.
type IncidentDetail struct {
	IncidentSummary
	StatusReasons []string       `json:"status_reasons"`
	Links         []Link         `json:"links"`
	EventReports  []EventReport  `json:"event_reports"`
	Claimants     []ClaimantView `json:"claimants"`
	Ranges        []Range        `json:"ranges"`
}

// ArticleDetail is an article with its latest record and history.
type ArticleDetail struct {
	Article   Article        `json:"article"`
	Record    Record         `json:"record"`
	Engine    string         `json:"engine"`
	Versions  []Article      `json:"versions"` // without text
	Records   []StoredRecord `json:"records"`  // without record bodies
	Incidents []string       `json:"incidents"`
}

// CasualtyPoint is one figure one claimant gives on a date for events the
// actor took part in.
type CasualtyPoint struct {
	Date     string `json:"date"`
	Claimant Party  `json:"claimant"`
	Status   string `json:"status"`
	Who      string `json:"who,omitempty"`
	Min      int64  `json:"min"`
	Max      *int64 `json:"max"`
	Incident string `json:"incident,omitempty"`
	Article  string `json:"article_id"`
}

// ActorDetail is the actor page.
type ActorDetail struct {
	Actor      Party             `json:"actor"`
	Incidents  []IncidentSummary `json:"incidents"`
	Claims     []Quote           `json:"claims"`
	Casualties []CasualtyPoint   `json:"casualties"`
}

// SearchHit is one full-text match.
type SearchHit struct {
	Kind      string `json:"kind"` // "article" or "claim"
	ArticleID string `json:"article_id"`
	ClaimID   string `json:"claim_id,omitempty"`
	Title     string `json:"title,omitempty"`
	Snippet   string `json:"snippet"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
}

// Stats counts what the ledger holds.
type Stats struct {
	Articles  int            `json:"articles"`
	Versions  int            `json:"versions"`
	Records   int            `json:"records"`
	Events    int            `json:"events"`
	Claims    int            `json:"claims"`
	Incidents int            `json:"incidents"`
	ByStatus  map[string]int `json:"by_status"`
}

// Store is the ledger. Implementations are safe for concurrent use; each
// method is one transaction.
type Store interface {
	// Has returns which of the given text hashes are already stored, so
	// ingest can skip extraction of known articles.
	Has(ctx context.Context, hashes []string) (map[string]bool, error)
	// Put stores articles and their records in one transaction, links their
	// events into incidents, and reports what it did with each.
	Put(ctx context.Context, subs []Submission) ([]PutResult, error)
	// AddRecord appends a record made by another engine for a stored
	// article version and relinks its events.
	AddRecord(ctx context.Context, articleID string, version int, rec Record) error
	// LatestVersions lists every article's latest version with its text
	// and the engine of its latest record, for re-extraction.
	LatestVersions(ctx context.Context, page Page) (arts []Article, engines []string, next string, err error)

	Article(ctx context.Context, id string) (ArticleDetail, error)
	Articles(ctx context.Context, f Filter) ([]Article, string, error)
	Incidents(ctx context.Context, f Filter) ([]IncidentSummary, string, error)
	Incident(ctx context.Context, id string) (IncidentDetail, error)
	// Events lists event reports matching f (for export and maps).
	Events(ctx context.Context, f Filter) ([]EventReport, string, error)
	Claims(ctx context.Context, f Filter) ([]Quote, string, error)
	Actor(ctx context.Context, key string) (ActorDetail, error)
	Search(ctx context.Context, f Filter) ([]SearchHit, string, error)
	Stats(ctx context.Context) (Stats, error)
	Close() error
}

// Queue kinds.
const (
	QueueArticle = "article" // payload: a JSON article as in a JSON Lines source
	QueueURL     = "url"     // payload: a page URL to fetch
)

// QueueItem is one unit of shared ingest work.
type QueueItem struct {
	ID      int64
	Kind    string
	Payload string
}

// Queue is a work queue several ingest processes share without taking the
// same item twice.
type Queue interface {
	Enqueue(ctx context.Context, items []QueueItem) (int, error)
	// Claim leases up to n items to worker for lease.
	Claim(ctx context.Context, worker string, n int, lease time.Duration) ([]QueueItem, error)
	Done(ctx context.Context, ids []int64) error
	// Fail returns an item to the queue, or gives up on it after a few
	// attempts.
	Fail(ctx context.Context, id int64, cause error) error
	Counts(ctx context.Context) (map[string]int, error)
}
