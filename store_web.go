package sitrep

import "context"

// ActorLister is the part of a Store the web API's actor listing needs.
// A Store that implements it serves GET /api/v1/actors; the web layer
// asks for it by type assertion, so stores without it still serve
// everything else.
type ActorLister interface {
	// Actors lists actors known to the ledger, by name. Filter.Query
	// matches a folded name or key part; Country and Party / Independent
	// narrow the list; Page pages it.
	Actors(ctx context.Context, f Filter) ([]Party, string, error)
}
