package main

import (
	"context"
	"errors"
)

// Subcommands not built yet. Each owner deletes its stub here when its own
// file lands.

var errNotYet = errors.New("not implemented yet")

func runServe(ctx context.Context, e env, args []string) error { return errNotYet }
