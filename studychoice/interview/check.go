package interview

import (
	"slices"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// The codes of the problems Check and Decode report.
const (
	// CodeRequired: a required question that is asked has no answer.
	CodeRequired = "interview.answer-required"
	// CodeInvalid: an answer the question does not take.
	CodeInvalid = "interview.answer-invalid"
	// CodeUnknown: an answer to a question the interview does not have.
	CodeUnknown = "interview.question-unknown"
	// CodeLinkInvalid: a link (URL fragment) that is not one Encode wrote.
	CodeLinkInvalid = "interview.link-invalid"
	// CodeLinkVersion: a link written for another version of the
	// questionnaire.
	CodeLinkVersion = "interview.link-questionnaire"
)

// Codes lists the codes this package reports, with their parameters.
func Codes() []auhl.CodeSpec {
	return []auhl.CodeSpec{
		{Code: CodeRequired},
		{Code: CodeInvalid, Params: []auhl.ParamSpec{{Name: "min", Kind: auhl.KindInt}, {Name: "max", Kind: auhl.KindInt}}},
		{Code: CodeUnknown, Params: []auhl.ParamSpec{{Name: "key", Kind: auhl.KindString}}},
		{Code: CodeLinkInvalid},
		{Code: CodeLinkVersion, Params: []auhl.ParamSpec{{Name: "version", Kind: auhl.KindString}}},
	}
}

// Check reports every problem of the answers: an unknown key, an answer a
// question does not take (whether or not the question is asked), and a
// required question that is asked but not answered. Each problem's path is
// a JSON Pointer to the key ("/diploma", "/item~1R1"). It returns a
// *auhl.ValidationError, or nil.
func (iv *Interview) Check(a Answers) error {
	var ve auhl.ValidationError
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		q, ok := iv.Question(k)
		switch {
		case !ok:
			ve.Add(auhl.Pointer("", k), CodeUnknown, auhl.Params{"key": auhl.Str(auhl.Clip(k))})
		case a[k] != 0 && !q.Accepts(a[k]):
			lo, hi := q.Bounds()
			ve.Add(auhl.Pointer("", k), CodeInvalid, auhl.Params{"min": auhl.Int(lo), "max": auhl.Int(hi)})
		}
	}
	for _, q := range iv.Questions {
		if q.Required && a[q.Key] == 0 && q.Asked(a) {
			ve.Add(auhl.Pointer("", q.Key), CodeRequired, nil)
		}
	}
	return ve.Err()
}

// MaxLink is the longest link text Decode reads.
const MaxLink = 2048

// Encode writes the answers as a short text for a URL fragment, such as
// "q=2025.1&i=5524000…&diploma=2&maths=8": the questionnaire's version, one
// digit per item of the questionnaire in its order (0 for no answer), then
// every other answered question by key, in the order of the interview.
// Answers to unknown keys and answers a question does not take are left
// out. Decode reads it back.
func (iv *Interview) Encode(a Answers) string {
	var b strings.Builder
	b.WriteString("q=")
	b.WriteString(escape(iv.Questionnaire))
	b.WriteString("&i=")
	for _, i := range iv.items {
		q := iv.Questions[i]
		v := a[q.Key]
		if v < 0 || v > 9 || (v != 0 && !q.Accepts(v)) {
			v = 0
		}
		b.WriteByte(byte('0' + v))
	}
	for _, q := range iv.Questions {
		if q.Section == Interests {
			continue
		}
		if v := a[q.Key]; v != 0 && q.Accepts(v) {
			b.WriteString("&")
			b.WriteString(q.Key)
			b.WriteString("=")
			b.WriteString(strconv.Itoa(v))
		}
	}
	return b.String()
}

// Decode reads answers from a text Encode wrote. A text that is too long,
// malformed, written for another questionnaire version, or holding an
// answer the interview does not take is rejected whole with a
// *auhl.ValidationError: a link restores all its answers or none.
func (iv *Interview) Decode(s string) (Answers, error) {
	bad := func(code string, params auhl.Params) (Answers, error) {
		var ve auhl.ValidationError
		ve.Add("", code, params)
		return nil, &ve
	}
	if len(s) > MaxLink {
		return bad(CodeLinkInvalid, nil)
	}
	parts := strings.Split(s, "&")
	if len(parts) < 2 || !strings.HasPrefix(parts[0], "q=") || !strings.HasPrefix(parts[1], "i=") {
		return bad(CodeLinkInvalid, nil)
	}
	if v := unescape(parts[0][2:]); v != iv.Questionnaire {
		return bad(CodeLinkVersion, auhl.Params{"version": auhl.Str(auhl.Clip(v))})
	}
	digits := parts[1][2:]
	if len(digits) != len(iv.items) {
		return bad(CodeLinkInvalid, nil)
	}
	a := Answers{}
	for n, i := range iv.items {
		c := digits[n]
		if c < '0' || c > '9' {
			return bad(CodeLinkInvalid, nil)
		}
		if v := int(c - '0'); v != 0 {
			if !iv.Questions[i].Accepts(v) {
				return bad(CodeLinkInvalid, nil)
			}
			a[iv.Questions[i].Key] = v
		}
	}
	for _, p := range parts[2:] {
		k, v, ok := strings.Cut(p, "=")
		q, known := iv.Question(k)
		if !ok || !known || q.Section == Interests || a[k] != 0 || len(v) == 0 || len(v) > 3 || strings.TrimLeft(v, "0123456789") != "" {
			return bad(CodeLinkInvalid, nil)
		}
		n, _ := strconv.Atoi(v)
		if !q.Accepts(n) {
			return bad(CodeLinkInvalid, nil)
		}
		a[k] = n
	}
	return a, nil
}

// escape keeps a version readable in a fragment: only "&", "=" and "%" are
// written as %XX. (By hand rather than with a strings.Replacer, which
// would link its machinery into the WebAssembly widget for two lines.)
func escape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '%':
			b.WriteString("%25")
		case '&':
			b.WriteString("%26")
		case '=':
			b.WriteString("%3D")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// unescape undoes escape: "%25", "%26" and "%3D" give back "%", "&" and
// "="; any other byte, a lone "%" among them, is kept.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			switch s[i+1 : i+3] {
			case "25":
				c = '%'
			case "26":
				c = '&'
			case "3D":
				c = '='
			default:
				b.WriteByte(c)
				continue
			}
			i += 2
		}
		b.WriteByte(c)
	}
	return b.String()
}
