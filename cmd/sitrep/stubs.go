package main

import (
	"context"
	"errors"
)

// Subcommands not built yet. Each owner deletes its stub here when its own
// file lands.

var errNotYet = errors.New("not implemented yet")

func runIncidents(ctx context.Context, e env, args []string) error { return errNotYet }
func runClaims(ctx context.Context, e env, args []string) error    { return errNotYet }
func runShow(ctx context.Context, e env, args []string) error      { return errNotYet }
func runExport(ctx context.Context, e env, args []string) error    { return errNotYet }
func runDemo(ctx context.Context, e env, args []string) error      { return errNotYet }
func runServe(ctx context.Context, e env, args []string) error     { return errNotYet }
