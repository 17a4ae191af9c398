package ingest

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/mmcdole/gofeed"
)

// Follow polls feed URLs until ctx ends, emitting a task for every entry
// not seen before. It sends the validators the server gave (ETag,
// Last-Modified) so an unchanged feed costs a 304, and backs off
// exponentially (to MaxBackoff) on errors.
type Follow struct {
	Expander   *Expander
	Interval   time.Duration // between polls; default 5 min
	MaxBackoff time.Duration // default 1 h
	OnError    func(feed string, err error)
}

type feedState struct {
	url, etag, lastMod string
	seen               map[string]bool
	next               time.Time
	backoff            time.Duration
}

// Run polls until ctx is done; emit receives new entries' tasks.
func (f *Follow) Run(ctx context.Context, feeds []string, emit func(Task) error) error {
	interval := f.Interval
	if interval <= 0 {
		interval = 5 * time.Minute
	}
	maxBack := f.MaxBackoff
	if maxBack <= 0 {
		maxBack = time.Hour
	}
	states := make([]*feedState, len(feeds))
	for i, u := range feeds {
		states[i] = &feedState{url: u, seen: map[string]bool{}}
	}
	for {
		now := time.Now()
		wake := now.Add(interval)
		for _, s := range states {
			if now.Before(s.next) {
				wake = earliest(wake, s.next)
				continue
			}
			n, err := f.poll(ctx, s, emit)
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				s.backoff = min(max(2*s.backoff, interval/4), maxBack)
				if f.OnError != nil {
					f.OnError(s.url, fmt.Errorf("%w (next try in %s)", err, s.backoff))
				}
				s.next = now.Add(s.backoff)
			} else {
				s.backoff = 0
				// Jitter keeps many followers from polling in step.
				s.next = now.Add(interval + time.Duration(rand.Int64N(int64(interval/10)+1)))
				_ = n
			}
			wake = earliest(wake, s.next)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Until(wake)):
		}
	}
}

func earliest(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func (f *Follow) poll(ctx context.Context, s *feedState, emit func(Task) error) (int, error) {
	resp, err := f.Expander.Fetcher.Get(ctx, s.url, s.etag, s.lastMod)
	if err != nil {
		return 0, err
	}
	if resp.NotModified {
		return 0, nil
	}
	s.etag, s.lastMod = resp.ETag, resp.LastModified
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		return 0, fmt.Errorf("parse feed %s: %w", s.url, err)
	}
	n := 0
	for _, it := range feed.Items {
		key := it.GUID
		if key == "" {
			key = it.Link
		}
		if key == "" || s.seen[key] {
			continue
		}
		s.seen[key] = true
		n++
		if err := emit(f.Expander.FeedTask(feed, it)); err != nil {
			return n, err
		}
	}
	return n, nil
}
