package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"sitrep"
)

//go:embed templates/*.html static
var assets embed.FS

// pages holds one template set per page, each the layout plus the page's
// own file, parsed and checked once at start.
type pages struct {
	set map[string]*template.Template
}

// pageNames are the pages every server must be able to render.
var pageNames = []string{"overview", "incident", "article", "actor", "search", "add", "error"}

// pageData is what every page template receives.
type pageData struct {
	Title string
	Nav   string // the nav entry to mark current
	Data  any
}

func parsePages() (*pages, error) {
	funcs := template.FuncMap{
		"statusLabel":  statusLabel,
		"typeColor":    typeColor,
		"typeClass":    typeClass,
		"pathEscape":   url.PathEscape,
		"figure":       figure,
		"rangeText":    rangeText,
		"km":           func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) },
		"coord":        func(v float64) string { return strconv.FormatFloat(v, 'f', 4, 64) },
		"join":         strings.Join,
		"safeURL":      safeURL,
		"badge":        badge,
		"snippetParts": snippetParts,
		"inc":          func(i int) int { return i + 1 },
		"deref": func(p *string) string {
			if p == nil {
				return ""
			}
			return *p
		},
	}
	layout, err := assets.ReadFile("templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("read layout: %w", err)
	}
	p := &pages{set: map[string]*template.Template{}}
	for _, name := range pageNames {
		body, err := fs.ReadFile(assets, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("read template %s: %w", name, err)
		}
		t, err := template.New("layout").Funcs(funcs).Parse(string(layout))
		if err == nil {
			_, err = t.Parse(string(body))
		}
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		if t.Lookup("content") == nil {
			return nil, fmt.Errorf("template %s defines no content", name)
		}
		p.set[name] = t
	}
	return p, nil
}

// render executes a page into a buffer first, so a template error becomes
// a clean error page rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, d pageData) {
	t := s.pages.set[name]
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", d); err != nil {
		s.log.Error("render page", "page", name, keyPath, r.URL.Path, keyErr, err)
		if name != "error" {
			s.render(w, r, http.StatusInternalServerError, "error", pageData{Title: "Error", Data: errorf(codeInternal, "internal error")})
			return
		}
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// typeColor gives each ACLED event type a colour from the Okabe-Ito
// palette, which stays distinct for colour-blind readers.
func typeColor(t string) string {
	switch t {
	case sitrep.Battles:
		return "#d55e00"
	case sitrep.ExplosionsRemote:
		return "#cc79a7"
	case sitrep.ViolenceCivilians:
		return "#0072b2"
	case sitrep.Protests:
		return "#009e73"
	case sitrep.Riots:
		return "#e69f00"
	case sitrep.StrategicDevelopmt:
		return "#56b4e9"
	}
	return "#777777"
}

func typeClass(t string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// figure writes a count's bounds the way a reader says them.
func figure(min int64, max *int64) string {
	switch {
	case max == nil:
		return "at least " + strconv.FormatInt(min, 10)
	case *max == min:
		return strconv.FormatInt(min, 10)
	case min == 0:
		return "up to " + strconv.FormatInt(*max, 10)
	}
	return strconv.FormatInt(min, 10) + "–" + strconv.FormatInt(*max, 10)
}

func rangeText(r sitrep.Range) string { return figure(r.Min, r.Max) }

// safeURL passes only http(s) links; anything else (javascript:, data:)
// renders as no link at all.
func safeURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// badge names a source's standing.
func badge(p sitrep.Party) string {
	switch {
	case p.Party:
		return "party"
	case p.Independent:
		return "independent"
	}
	return "other"
}

type snippetPart struct {
	Text string
	Hit  bool
}

// snippetParts splits a full-text snippet at the store's match markers
// ([ and ]) so matches render as marks and everything stays escaped text.
func snippetParts(s string) []snippetPart {
	var out []snippetPart
	for s != "" {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s[max(i, 0):], ']')
		if i < 0 || j < 0 {
			out = append(out, snippetPart{Text: s})
			break
		}
		j += i
		if i > 0 {
			out = append(out, snippetPart{Text: s[:i]})
		}
		out = append(out, snippetPart{Text: s[i+1 : j], Hit: true})
		s = s[j+1:]
	}
	return out
}
