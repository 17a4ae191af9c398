package web

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
)

// middleware wraps every request: security headers, a body limit, a
// deadline, and a recover that logs the panic and answers with a plain
// internal error, never a stack.
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
		defer cancel()
		r = r.WithContext(ctx)
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic serving request", keyMethod, r.Method, keyPath, r.URL.Path, keyErr, v)
				if isAPI(r) {
					writeJSON(w, http.StatusInternalServerError, errorf(codeInternal, "internal error"))
				} else {
					http.Error(w, "Internal error.", http.StatusInternalServerError)
				}
			}
		}()
		next.ServeHTTP(w, r)
	})
}

func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"code":"internal","message":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

// authorizeWrite decides whether r may write. With a token configured the
// request must carry it (bearer header, or form field for the Add page);
// without one, only loopback clients may write. Cross-site form posts are
// refused either way, so a page elsewhere cannot make a browser on this
// machine submit on its behalf.
func (s *Server) authorizeWrite(r *http.Request, formToken string) error {
	if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" {
		return errorf(codeForbidden, "cross-site writes are refused")
	}
	if o := r.Header.Get("Origin"); o != "" && o != "null" && !sameHost(o, r.Host) {
		return errorf(codeForbidden, "cross-origin writes are refused")
	}
	if s.opts.Token != "" {
		tok := formToken
		if a := r.Header.Get("Authorization"); strings.HasPrefix(a, "Bearer ") {
			tok = strings.TrimPrefix(a, "Bearer ")
		}
		if tok == "" {
			return errorf(codeUnauthorized, "a token is required to add articles")
		}
		if !constantTimeEq(tok, s.opts.Token) {
			return errorf(codeForbidden, "wrong token")
		}
		return nil
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return errorf(codeForbidden, "without a configured token, articles can be added only from this machine")
	}
	return nil
}

func sameHost(origin, host string) bool {
	o := strings.TrimPrefix(strings.TrimPrefix(origin, "http://"), "https://")
	return strings.EqualFold(o, host)
}

func constantTimeEq(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	var v byte
	for i := 0; i < len(a); i++ {
		v |= a[i] ^ b[i]
	}
	return v == 0
}
