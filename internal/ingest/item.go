// Package ingest turns sources (text and HTML files, folders, JSON Lines,
// article pages, RSS/Atom feeds) into stored articles and records: sources
// expand into tasks, workers on every core read or fetch and extract, and
// one writer stores batches, each batch one transaction, so a killed run
// loses at most the batch in flight and a rerun skips what is stored.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Item is one article read from a source, before extraction.
type Item struct {
	ID        string
	URL       string
	Title     string
	Outlet    string
	Published time.Time
	Text      string
	// Origin names where the item came from, for logs.
	Origin string
}

// Task produces one item; sources emit tasks so the reading and fetching
// run on the workers, not on the goroutine walking the sources.
type Task struct {
	Origin string
	// URL is set when the task fetches a page: a shared queue stores the
	// URL, not the page.
	URL  string
	Load func(ctx context.Context) (Item, error)
}

// Normalize makes the text canonical so trivially different copies (CRLF,
// trailing blanks, a BOM) hash alike.
func Normalize(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// Hash is the content hash the store deduplicates on.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// urlID is a stable short id for an article known by URL.
func urlID(u string) string {
	h := sha256.Sum256([]byte(u))
	return "u" + hex.EncodeToString(h[:5])
}

// parseDate reads the dates sources give: a day, or a full timestamp.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("published %q: want YYYY-MM-DD or RFC 3339", s)
}
