package catalog

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// The codes of the findings and problems this package reports. Package
// auhl/i18n renders each in Dutch and English; Codes lists their
// parameters.
const (
	// CodeFactUnverified: a fact of a programme is not confirmed by an
	// official source. Params: programme (text), fact (string), label (text).
	CodeFactUnverified = "catalog.fact-unverified"
	// CodeCount: a summary of how many programmes a listing holds. Params:
	// count (int).
	CodeCount = "catalog.count"
	// CodeNoProgrammes: the catalogue lists no programme.
	CodeNoProgrammes = "catalog.no-programmes"
	// CodeDuplicateID: an id is used twice. Params: id (string).
	CodeDuplicateID = "catalog.duplicate-id"
	// CodeIDFormat: an id is not a lower-case slug. Params: value (string).
	CodeIDFormat = "catalog.id-format"
	// CodeUnknownCampus: a programme refers to a campus that is not listed.
	// Params: id (string).
	CodeUnknownCampus = "catalog.unknown-campus"
	// CodeCampusInstitution: a programme is taught at a campus of another
	// institution. Params: id (string), institution (string).
	CodeCampusInstitution = "catalog.campus-institution"
	// CodeUnknownStudyArea: a programme refers to a study area that is not
	// listed. Params: id (string).
	CodeUnknownStudyArea = "catalog.unknown-study-area"
	// CodeUnknownSource: a programme refers to a source that is not listed.
	// Params: id (string).
	CodeUnknownSource = "catalog.unknown-source"
	// CodeUnmarkedGap: a fact is left empty without being marked
	// unverified. Params: fact (string).
	CodeUnmarkedGap = "catalog.unmarked-gap"
	// CodeURL: a value is not an absolute http or https URL. Params: value
	// (string).
	CodeURL = "catalog.url"
	// CodeHollandCode: an interest code is not two or three distinct RIASEC
	// letters. Params: value (string).
	CodeHollandCode = "catalog.holland-code"
	// CodeDuplicateValue: a list holds the same value twice. Params: value
	// (string).
	CodeDuplicateValue = "catalog.duplicate-value"
)

// Codes lists the codes this package reports, with their parameters.
func Codes() []auhl.CodeSpec {
	str := func(n string) auhl.ParamSpec { return auhl.ParamSpec{Name: n, Kind: auhl.KindString} }
	return []auhl.CodeSpec{
		{Code: CodeFactUnverified, Params: []auhl.ParamSpec{{Name: "programme", Kind: auhl.KindText}, str("fact"), {Name: "label", Kind: auhl.KindText}}},
		{Code: CodeCount, Params: []auhl.ParamSpec{{Name: "count", Kind: auhl.KindInt}}},
		{Code: CodeNoProgrammes},
		{Code: CodeDuplicateID, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeIDFormat, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeUnknownCampus, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeCampusInstitution, Params: []auhl.ParamSpec{str("id"), str("institution")}},
		{Code: CodeUnknownStudyArea, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeUnknownSource, Params: []auhl.ParamSpec{str("id")}},
		{Code: CodeUnmarkedGap, Params: []auhl.ParamSpec{str("fact")}},
		{Code: CodeURL, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeHollandCode, Params: []auhl.ParamSpec{str("value")}},
		{Code: CodeDuplicateValue, Params: []auhl.ParamSpec{str("value")}},
	}
}

// Validate checks the whole catalogue and returns a *auhl.ValidationError
// listing every problem, or nil. Load calls it; call it yourself after
// changing a Clone.
func (c *Catalog) Validate() error { return c.check().Err() }

func (c *Catalog) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	if strings.TrimSpace(c.Version) == "" {
		ve.Add("/version", auhl.CodeRequired, nil)
	}
	if c.AcademicYear.IsZero() {
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	}

	sources := map[string]bool{}
	for i, s := range c.Sources {
		p := auhl.Index("/sources", i)
		checkID(&ve, p+"/id", s.ID, sources)
		required(&ve, p+"/title", s.Title)
		if s.URL != "" {
			checkURL(&ve, p+"/url", s.URL)
		}
	}

	campuses := map[string]auhl.Institution{}
	seenCampus := map[string]bool{}
	for i, x := range c.Campuses {
		p := auhl.Index("/campuses", i)
		checkID(&ve, p+"/id", x.ID, seenCampus)
		if x.Institution == "" {
			ve.Add(p+"/institution", auhl.CodeRequired, nil)
		}
		campuses[x.ID] = x.Institution
		checkText(&ve, p+"/name", x.Name)
		required(&ve, p+"/city", x.City)
	}

	areas := map[string]bool{}
	for i, a := range c.StudyAreas {
		p := auhl.Index("/studyAreas", i)
		checkID(&ve, p+"/id", a.ID, areas)
		checkText(&ve, p+"/name", a.Name)
	}

	if len(c.Programmes) == 0 {
		ve.Add("/programmes", CodeNoProgrammes, nil)
	}
	ids := map[string]bool{}
	for i := range c.Programmes {
		c.Programmes[i].validate(&ve, auhl.Index("/programmes", i), ids, campuses, areas, sources)
	}
	return &ve
}

func (pr *Programme) validate(ve *auhl.ValidationError, p string, ids map[string]bool, campuses map[string]auhl.Institution, areas, sources map[string]bool) {
	checkID(ve, p+"/id", pr.ID, ids)
	switch pr.Institution {
	case auhl.UHasselt, auhl.PXL:
	case "":
		ve.Add(p+"/institution", auhl.CodeRequired, nil)
	default:
		ve.Add(p+"/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(string(pr.Institution)), "allowed": auhl.Str("uhasselt, pxl")})
	}
	if pr.Level == "" {
		ve.Add(p+"/level", auhl.CodeRequired, nil)
	}
	checkText(ve, p+"/name", pr.Name)

	gap := func(f Fact, field string) {
		if !pr.IsUnverified(f) {
			ve.Add(p+field, CodeUnmarkedGap, auhl.Params{"fact": auhl.Str(string(f))})
		}
	}
	switch {
	case pr.Credits == 0:
		gap(FactCredits, "/credits")
	case pr.Level.Valid():
		lo, hi := pr.Level.CreditRange()
		if pr.Credits < lo || pr.Credits > hi {
			ve.Add(p+"/credits", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(int(pr.Credits)), "min": auhl.Int(int(lo)), "max": auhl.Int(int(hi))})
		}
	}

	if len(pr.Campuses) == 0 {
		gap(FactCampuses, "/campuses")
	}
	seen := map[string]bool{}
	for j, id := range pr.Campuses {
		q := auhl.Index(p+"/campuses", j)
		inst, ok := campuses[id]
		switch {
		case !ok:
			ve.Add(q, CodeUnknownCampus, auhl.Params{"id": auhl.Str(id)})
		case inst != pr.Institution:
			ve.Add(q, CodeCampusInstitution, auhl.Params{"id": auhl.Str(id), "institution": auhl.Str(string(pr.Institution))})
		}
		dupe(ve, q, id, seen)
	}

	if len(pr.Languages) == 0 {
		ve.Add(p+"/languages", auhl.CodeRequired, nil)
	}
	seen = map[string]bool{}
	for j, l := range pr.Languages {
		dupe(ve, auhl.Index(p+"/languages", j), string(l), seen)
	}

	switch {
	case pr.StudyArea == "":
		ve.Add(p+"/studyArea", auhl.CodeRequired, nil)
	case !areas[pr.StudyArea]:
		ve.Add(p+"/studyArea", CodeUnknownStudyArea, auhl.Params{"id": auhl.Str(pr.StudyArea)})
	}
	if !pr.Unit.IsZero() {
		checkText(ve, p+"/unit", pr.Unit)
	}
	for j, t := range pr.Tracks {
		checkText(ve, auhl.Index(p+"/tracks", j), t)
	}
	if required(ve, p+"/url", pr.URL) {
		checkURL(ve, p+"/url", pr.URL)
	}
	if !pr.Admission.Ijkingstoets.Valid() {
		ve.Add(p+"/admission/ijkingstoets", auhl.CodeEnum, auhl.Params{"value": auhl.Str(string(pr.Admission.Ijkingstoets)), "allowed": auhl.Str(strings.Join(pr.Admission.Ijkingstoets.Enum(), ", "))})
	}
	if !pr.Interest.Code.Valid() {
		ve.Add(p+"/interest/code", CodeHollandCode, auhl.Params{"value": auhl.Str(string(pr.Interest.Code))})
	}
	checkText(ve, p+"/interest/rationale", pr.Interest.Rationale)

	if len(pr.Sources) == 0 {
		ve.Add(p+"/sources", auhl.CodeRequired, nil)
	}
	seen = map[string]bool{}
	for j, id := range pr.Sources {
		q := auhl.Index(p+"/sources", j)
		if !sources[id] {
			ve.Add(q, CodeUnknownSource, auhl.Params{"id": auhl.Str(id)})
		}
		dupe(ve, q, id, seen)
	}
	seen = map[string]bool{}
	for j, f := range pr.Unverified {
		q := auhl.Index(p+"/unverified", j)
		if !f.Valid() {
			ve.Add(q, auhl.CodeEnum, auhl.Params{"value": auhl.Str(string(f)), "allowed": auhl.Str(strings.Join(f.Enum(), ", "))})
		}
		dupe(ve, q, string(f), seen)
	}
}

// checkID checks that id is a non-empty lower-case slug not seen before, and
// records it.
func checkID(ve *auhl.ValidationError, path, id string, seen map[string]bool) {
	if !required(ve, path, id) {
		return
	}
	if !isSlug(id) {
		ve.Add(path, CodeIDFormat, auhl.Params{"value": auhl.Str(auhl.Clip(id))})
	}
	if seen[id] {
		ve.Add(path, CodeDuplicateID, auhl.Params{"id": auhl.Str(auhl.Clip(id))})
	}
	seen[id] = true
}

func dupe(ve *auhl.ValidationError, path, v string, seen map[string]bool) {
	if seen[v] {
		ve.Add(path, CodeDuplicateValue, auhl.Params{"value": auhl.Str(auhl.Clip(v))})
	}
	seen[v] = true
}

func required(ve *auhl.ValidationError, path, v string) bool {
	if strings.TrimSpace(v) == "" {
		ve.Add(path, auhl.CodeRequired, nil)
		return false
	}
	return true
}

func checkText(ve *auhl.ValidationError, path string, t auhl.Text) {
	if strings.TrimSpace(t.NL) == "" {
		ve.Add(path+"/nl", auhl.CodeTextMissing, auhl.Params{"lang": auhl.Str(string(auhl.Dutch))})
	}
	if strings.TrimSpace(t.EN) == "" {
		ve.Add(path+"/en", auhl.CodeTextMissing, auhl.Params{"lang": auhl.Str(string(auhl.English))})
	}
}

func checkURL(ve *auhl.ValidationError, path, s string) {
	if !WebURL(s) {
		ve.Add(path, CodeURL, auhl.Params{"value": auhl.Str(auhl.Clip(s))})
	}
}

// MaxURL is the longest URL the catalogue takes.
const MaxURL = 2048

// WebURL reports whether s is an absolute http or https URL that a page can
// link to as it is: the scheme, "://", a host name or address (with an
// optional port) and an optional path, query and fragment, at most MaxURL
// bytes, without spaces, control characters, backslashes or user
// information, and with every % starting an escape of two hexadecimal
// digits. It is stricter than net/url, which the widget does not link.
func WebURL(s string) bool {
	if len(s) > MaxURL {
		return false
	}
	rest, ok := cutPrefixFold(s, "https://")
	if !ok {
		if rest, ok = cutPrefixFold(s, "http://"); !ok {
			return false
		}
	}
	host := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host = rest[:i]
	}
	name, port, hasPort := strings.Cut(host, ":")
	if name == "" || name[0] == '.' || name[0] == '-' || hasPort && (port == "" || len(port) > 5 || strings.Trim(port, "0123456789") != "") {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c <= ' ' || c == 0x7f || c == '\\':
			return false
		case c == '%' && (i+2 >= len(rest) || !isHex(rest[i+1]) || !isHex(rest[i+2])):
			return false
		}
	}
	return true
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func isSlug(s string) bool {
	if len(s) > 128 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
