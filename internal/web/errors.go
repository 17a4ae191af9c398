package web

import (
	"context"
	"errors"
	"net/http"

	"sitrep"
)

// Application error codes. Every error a client sees carries one; the
// status each maps to is decided in codeStatus and nowhere else.
const (
	codeInvalid      = "invalid"
	codeNotFound     = "not_found"
	codeUnauthorized = "unauthorized"
	codeForbidden    = "forbidden"
	codeTooLarge     = "too_large"
	codeUnavailable  = "unavailable"
	codeTimeout      = "timeout"
	codeInternal     = "internal"
	// codeCanceled is a client that went away; nobody reads the answer.
	codeCanceled = "canceled"
)

var codeStatus = map[string]int{
	codeInvalid:      http.StatusBadRequest,
	codeNotFound:     http.StatusNotFound,
	codeUnauthorized: http.StatusUnauthorized,
	codeForbidden:    http.StatusForbidden,
	codeTooLarge:     http.StatusRequestEntityTooLarge,
	codeUnavailable:  http.StatusServiceUnavailable,
	codeTimeout:      http.StatusGatewayTimeout,
	codeInternal:     http.StatusInternalServerError,
	codeCanceled:     499,
}

// Error is an error with a code and a message safe to show.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

func errorf(code, msg string) *Error { return &Error{Code: code, Message: msg} }

// classify turns any error into what the client may see. Store errors
// carry their user-facing message after the sentinel; anything else is
// internal and its detail stays in the log.
func classify(err error) *Error {
	var e *Error
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &e):
		return e
	case errors.Is(err, sitrep.ErrNotFound):
		return errorf(codeNotFound, "not found")
	case errors.Is(err, sitrep.ErrInvalid):
		return errorf(codeInvalid, err.Error())
	case errors.As(err, &mbe):
		return errorf(codeTooLarge, "request body too large")
	case errors.Is(err, context.Canceled):
		return errorf(codeCanceled, "the request was canceled")
	case errors.Is(err, context.DeadlineExceeded):
		return errorf(codeTimeout, "the request took too long")
	}
	return errorf(codeInternal, "internal error")
}

func statusOf(code string) int {
	if s, ok := codeStatus[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// logErr records errors a client cannot fix.
func (s *Server) logErr(r *http.Request, err error, e *Error) {
	if statusOf(e.Code) >= 500 && e.Code != codeTimeout {
		s.log.Error("request failed", keyMethod, r.Method, keyPath, r.URL.Path, keyErr, err)
	}
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	e := classify(err)
	s.logErr(r, err, e)
	if e.Code == codeUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
	}
	writeJSON(w, statusOf(e.Code), e)
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	e := classify(err)
	s.logErr(r, err, e)
	s.render(w, r, statusOf(e.Code), "error", pageData{Title: "Error", Data: e})
}
