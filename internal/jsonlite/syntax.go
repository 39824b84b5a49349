package jsonlite

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/jsonscan"
)

// maxNesting is the nesting encoding/json refuses as a syntax error; the
// decoder's own limit, auhl's 64 levels, is far below it.
const maxNesting = 10000

// maxDepth bounds the nesting of objects and arrays a Decoder reads, as
// auhl.DecodeJSON does.
const maxDepth = 64

// syntax finds the first reason data is not one JSON value, with the
// offset auhl.DecodeJSON reports (that of encoding/json's Decoder: the
// count of bytes read up to and including the bad one, 0 for an input
// that ends early). It returns nil for a well-formed value.
func syntax(data []byte) *auhl.Problem {
	s := scanner{data: data}
	s.ws()
	if s.i >= len(data) {
		return s.problem(eof)
	}
	if !s.value(0) {
		return s.problem(s.fail)
	}
	s.ws()
	if s.i < len(data) {
		return &auhl.Problem{Code: auhl.CodeJSONTrailing}
	}
	return nil
}

// failure is why a scan stopped.
type failure uint8

const (
	bad  failure = iota + 1 // a byte that cannot come here, at s.i
	eof                     // the input ends inside the value
	deep                    // nesting beyond maxNesting
)

type scanner struct {
	data []byte
	i    int
	fail failure
}

func (s *scanner) problem(f failure) *auhl.Problem {
	switch f {
	case deep:
		return &auhl.Problem{Code: auhl.CodeJSONTooDeep, Params: auhl.Params{"limit": auhl.Int(maxDepth)}}
	case eof:
		return &auhl.Problem{Code: auhl.CodeJSONSyntax, Params: auhl.Params{"offset": auhl.Int(0)}}
	}
	return &auhl.Problem{Code: auhl.CodeJSONSyntax, Params: auhl.Params{"offset": auhl.Int(s.i + 1)}}
}

func (s *scanner) ws() { s.i = jsonscan.Space(s.data, s.i) }

// stop records f and returns false.
func (s *scanner) stop(f failure) bool {
	s.fail = f
	return false
}

// next reports whether a byte is left; it records eof when not.
func (s *scanner) more() bool {
	if s.i < len(s.data) {
		return true
	}
	return s.stop(eof)
}

// value scans the value at s.i (after white space), at nesting depth.
func (s *scanner) value(depth int) bool {
	if !s.more() {
		return false
	}
	switch c := s.data[s.i]; {
	case c == '{' || c == '[':
		if depth+1 > maxNesting {
			return s.stop(deep)
		}
		return s.composite(depth + 1)
	case c == '"':
		return s.str()
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	}
	return s.stop(bad)
}

// composite scans an object or an array.
func (s *scanner) composite(depth int) bool {
	obj := s.data[s.i] == '{'
	end := byte(']')
	if obj {
		end = '}'
	}
	s.i++
	s.ws()
	if !s.more() {
		return false
	}
	if s.data[s.i] == end {
		s.i++
		return true
	}
	for {
		if obj {
			if !s.more() {
				return false
			}
			if s.data[s.i] != '"' {
				return s.stop(bad)
			}
			if !s.str() {
				return false
			}
			s.ws()
			if !s.more() {
				return false
			}
			if s.data[s.i] != ':' {
				return s.stop(bad)
			}
			s.i++
			s.ws()
		}
		if !s.value(depth) {
			return false
		}
		s.ws()
		if !s.more() {
			return false
		}
		switch s.data[s.i] {
		case ',':
			s.i++
			s.ws()
		case end:
			s.i++
			return true
		default:
			return s.stop(bad)
		}
	}
}

// str scans a string.
func (s *scanner) str() bool {
	s.i++
	for {
		if !s.more() {
			return false
		}
		c := s.data[s.i]
		switch {
		case c == '"':
			s.i++
			return true
		case c < 0x20:
			return s.stop(bad)
		case c == '\\':
			s.i++
			if !s.more() {
				return false
			}
			switch s.data[s.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				for range 4 {
					s.i++
					if !s.more() {
						return false
					}
					if !isHex(s.data[s.i]) {
						return s.stop(bad)
					}
				}
			default:
				return s.stop(bad)
			}
		}
		s.i++
	}
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// digits scans one or more digits.
func (s *scanner) digits() bool {
	if !s.more() {
		return false
	}
	if !isDigit(s.data[s.i]) {
		return s.stop(bad)
	}
	for s.i < len(s.data) && isDigit(s.data[s.i]) {
		s.i++
	}
	return true
}

// number scans a number; what follows it is judged by the caller.
func (s *scanner) number() bool {
	if s.data[s.i] == '-' {
		s.i++
		if !s.more() {
			return false
		}
	}
	if s.data[s.i] == '0' {
		s.i++
	} else if !s.digits() {
		return false
	}
	if s.i < len(s.data) && s.data[s.i] == '.' {
		s.i++
		if !s.digits() {
			return false
		}
	}
	if s.i < len(s.data) && (s.data[s.i] == 'e' || s.data[s.i] == 'E') {
		s.i++
		if !s.more() {
			return false
		}
		if s.data[s.i] == '+' || s.data[s.i] == '-' {
			s.i++
		}
		if !s.digits() {
			return false
		}
	}
	return true
}

// literal scans true, false or null.
func (s *scanner) literal(word string) bool {
	for j := 0; j < len(word); j++ {
		if !s.more() {
			return false
		}
		if s.data[s.i] != word[j] {
			return s.stop(bad)
		}
		s.i++
	}
	return true
}
