package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"sitrep"
	"sitrep/internal/extract"
	"sitrep/internal/ingest"
)

// Submission is one article sent through the Add page or the API: either
// its text (with optional metadata) or only the URL of its page.
type Submission struct {
	Title     string `json:"title,omitempty"`
	Text      string `json:"text,omitempty"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
}

// maxTextBytes bounds a pasted article.
const maxTextBytes = 1 << 20

func (s Submission) validate() error {
	if strings.TrimSpace(s.Text) == "" && s.URL == "" {
		return errorf(codeInvalid, "give the article's text or the URL of its page")
	}
	if len(s.Text) > maxTextBytes {
		return errorf(codeTooLarge, "the text is longer than 1 MiB")
	}
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return errorf(codeInvalid, "url: want an http or https address")
		}
	}
	if s.Published != "" {
		if _, err := time.Parse("2006-01-02", s.Published); err != nil {
			return errorf(codeInvalid, "published: want a date as YYYY-MM-DD")
		}
	}
	if len(s.Title) > 1000 || len(s.Outlet) > 200 {
		return errorf(codeInvalid, "title or outlet too long")
	}
	return nil
}

// Ingester stores one submitted article and its record.
type Ingester interface {
	Ingest(ctx context.Context, s Submission) (sitrep.PutResult, error)
}

// NewIngester ingests through the engine into st; f fetches pages given
// by URL only (nil refuses them).
func NewIngester(st sitrep.Store, eng ingest.Extractor, f *ingest.Fetcher) Ingester {
	return &engineIngester{store: st, engine: eng, fetch: f, now: time.Now}
}

type engineIngester struct {
	store  sitrep.Store
	engine ingest.Extractor
	fetch  *ingest.Fetcher
	now    func() time.Time
}

func (in *engineIngester) Ingest(ctx context.Context, s Submission) (sitrep.PutResult, error) {
	it := ingest.Item{Title: s.Title, Text: s.Text, URL: s.URL, Outlet: s.Outlet}
	if strings.TrimSpace(s.Text) == "" {
		if in.fetch == nil {
			return sitrep.PutResult{}, errorf(codeUnavailable, "this server does not fetch pages")
		}
		resp, err := in.fetch.Get(ctx, s.URL, "", "")
		if err != nil {
			return sitrep.PutResult{}, errorf(codeInvalid, "the page could not be fetched")
		}
		page, err := ingest.FromHTML(resp.Body, resp.URL)
		if err != nil {
			return sitrep.PutResult{}, errorf(codeInvalid, "no article text found on the page")
		}
		it.Text, it.URL = page.Text, page.URL
		it.Title = firstNonEmpty(s.Title, page.Title)
		it.Outlet = firstNonEmpty(s.Outlet, page.Outlet)
		it.Published = page.Published
	}
	if s.Published != "" {
		it.Published, _ = time.Parse("2006-01-02", s.Published)
	}
	txt := ingest.Normalize(it.Text)
	if txt == "" {
		return sitrep.PutResult{}, errorf(codeInvalid, "the article has no text")
	}
	hash := ingest.Hash(txt)
	// An article known by URL keeps one id across versions; pasted text is
	// known by its content.
	if it.URL != "" {
		it.ID = shortID("u", it.URL)
	} else {
		it.ID = shortID("t", hash)
	}
	rec := in.engine.Extract(extract.Article{ID: it.ID, Title: it.Title, Text: txt, URL: it.URL, Outlet: it.Outlet, Published: it.Published})
	a := sitrep.Article{ID: it.ID, URL: it.URL, Outlet: it.Outlet, Title: rec.Title, Published: rec.Published,
		Fetched: in.now().UTC(), Text: txt, Hash: hash}
	res, err := in.store.Put(ctx, []sitrep.Submission{{Article: a, Record: rec}})
	if err != nil {
		return sitrep.PutResult{}, fmt.Errorf("store article: %w", err)
	}
	if len(res) != 1 {
		return sitrep.PutResult{}, fmt.Errorf("store article: %d results for one article", len(res))
	}
	return res[0], nil
}

func shortID(prefix, s string) string {
	h := sha256.Sum256([]byte(s))
	return prefix + hex.EncodeToString(h[:5])
}

func firstNonEmpty(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}
