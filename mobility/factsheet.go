package mobility

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
)

// SourceFactsheet is the schema of the EWP Mobility Factsheet API v1.2.0,
// whose annotations state the predefined requirements and the limits in
// weeks.
var SourceFactsheet = auhl.Source{
	Title: "EWP Mobility Factsheet API v1.2.0, response.xsd",
	URL:   "https://github.com/erasmus-without-paper/ewp-specs-api-factsheet/blob/v1.2.0/response.xsd",
}

// Term is the term a mobility starts in, for the deadlines of a
// factsheet. Its JSON encoding is "autumn" or "spring".
type Term string

// The terms of a factsheet's calendar.
const (
	// Autumn is the autumn term.
	Autumn Term = "autumn"
	// Spring is the spring term.
	Spring Term = "spring"
)

// Enum lists the values of Term.
func (Term) Enum() []string { return []string{string(Autumn), string(Spring)} }

// Valid reports whether t is a known term.
func (t Term) Valid() bool { return t == Autumn || t == Spring }

// Form is how a document is handed in: a PDF file or a URL. Its JSON
// encoding is "pdf" or "url".
type Form string

// The forms of a document.
const (
	// PDF is a PDF file.
	PDF Form = "pdf"
	// URL is a web address, such as that of a video or audio portfolio.
	URL Form = "url"
)

// Enum lists the values of Form.
func (Form) Enum() []string { return []string{string(PDF), string(URL)} }

// Valid reports whether f is a known form.
func (f Form) Valid() bool { return f == PDF || f == URL }

// The requirement names the factsheet schema predefines; they must match
// exactly, and a factsheet's other requirements, which ask nothing of the
// student, must not use them.
const (
	MotivationLetter    = "Motivation letter"
	TranscriptOfRecords = "Transcript of Records"
	LanguageCertificate = "Language certificate"
	ReferenceLetter     = "Reference letter"
	Portfolio           = "Portfolio"
	CV                  = "CV"
	OtherDocument       = "Other document"
)

// predefined are the predefined requirements with the forms each
// accepts: a portfolio and a CV as a PDF or a URL, the rest as a PDF.
var predefined = []struct {
	name  string
	forms []Form
}{
	{MotivationLetter, []Form{PDF}},
	{TranscriptOfRecords, []Form{PDF}},
	{LanguageCertificate, []Form{PDF}},
	{ReferenceLetter, []Form{PDF}},
	{Portfolio, []Form{PDF, URL}},
	{CV, []Form{PDF, URL}},
	{OtherDocument, []Form{PDF}},
}

// AcceptedForms returns the forms the predefined requirement name
// accepts, and false for a name the schema does not predefine.
func AcceptedForms(name string) ([]Form, bool) {
	for _, p := range predefined {
		if p.name == name {
			return p.forms, true
		}
	}
	return nil, false
}

// Factsheet is what a partner's EWP factsheet says about applying: the
// deadlines per term, its limits in weeks and its additional
// requirements. Its JSON encoding is an object with the fields below;
// DecodeFactsheet reads one from outside.
type Factsheet struct {
	// HEIID is the partner's SCHAC code.
	HEIID string `json:"heiId"`
	// Nominations are the days by which nominations must reach the
	// partner (student-nominations).
	Nominations TermDeadlines `json:"nominations"`
	// Applications are the days by which the students' applications
	// must reach it (student-applications).
	Applications TermDeadlines `json:"applications"`
	// DecisionWeeks is the number of weeks within which the partner
	// decides on a nomination; it should be at most 5.
	DecisionWeeks int `json:"decisionWeeks"`
	// TORWeeks is the number of weeks within which it issues the
	// transcript of records after the mobility; at most 5 too.
	TORWeeks int `json:"torWeeks"`
	// Requirements are the additional requirements.
	Requirements []Requirement `json:"requirements,omitempty"`
}

// TermDeadlines are the days of the year of one calendar entry of a
// factsheet, per term ("--04-15" in the XML, "04-15" here).
type TermDeadlines struct {
	// Autumn is the day for the autumn term.
	Autumn auhl.MonthDay `json:"autumn"`
	// Spring is the day for the spring term.
	Spring auhl.MonthDay `json:"spring"`
}

// For returns the day for term t.
func (d TermDeadlines) For(t Term) auhl.MonthDay {
	if t == Spring {
		return d.Spring
	}
	return d.Autumn
}

// Requirement is an additional requirement of a factsheet: one of the
// predefined names, which the student meets with a document, or another
// name, which only informs.
type Requirement struct {
	// Name is the requirement's name.
	Name string `json:"name"`
	// Details say what is asked.
	Details string `json:"details"`
	// Websites are pages with more information.
	Websites []string `json:"websites,omitempty"`
}

// Predefined reports whether the requirement asks for a document.
func (r Requirement) Predefined() bool {
	_, ok := AcceptedForms(r.Name)
	return ok
}

// MaxFactsheetBytes is the largest factsheet DecodeFactsheet reads.
const MaxFactsheetBytes = 256 << 10

// maxRequirements bounds the requirements of a factsheet.
const maxRequirements = 100

// maxWeeks bounds a factsheet's limits in weeks, against typos.
const maxWeeks = 52

// DecodeFactsheet reads a factsheet from JSON the strict way
// (auhl.DecodeAndCheck) and checks it: its hei id, the four days, the
// weeks from 1 to 52, the requirements named and detailed, no predefined
// name given twice. It returns a *auhl.ValidationError listing every
// problem.
func DecodeFactsheet(data []byte) (Factsheet, error) {
	if len(data) > MaxFactsheetBytes {
		return Factsheet{}, &auhl.ValidationError{Problems: []auhl.Problem{{Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxFactsheetBytes)}}}}
	}
	var f Factsheet
	if err := auhl.DecodeAndCheck(data, &f, f.problems); err != nil {
		return Factsheet{}, err
	}
	return f, nil
}

// problems returns the problems of f beyond its shape.
func (f *Factsheet) problems() *auhl.ValidationError {
	e := &auhl.ValidationError{}
	if strings.TrimSpace(f.HEIID) == "" {
		e.Add("/heiId", auhl.CodeRequired, nil)
	}
	for _, d := range []struct {
		path string
		day  auhl.MonthDay
	}{{"/nominations/autumn", f.Nominations.Autumn}, {"/nominations/spring", f.Nominations.Spring},
		{"/applications/autumn", f.Applications.Autumn}, {"/applications/spring", f.Applications.Spring}} {
		if d.day.IsZero() {
			e.Add(d.path, auhl.CodeRequired, nil)
		}
	}
	for _, w := range []struct {
		path string
		n    int
	}{{"/decisionWeeks", f.DecisionWeeks}, {"/torWeeks", f.TORWeeks}} {
		if w.n < 1 || w.n > maxWeeks {
			e.Add(w.path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(w.n), "min": auhl.Int(1), "max": auhl.Int(maxWeeks)})
		}
	}
	if len(f.Requirements) > maxRequirements {
		e.Add("/requirements", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(f.Requirements)), "min": auhl.Int(0), "max": auhl.Int(maxRequirements)})
		return e
	}
	seen := map[string]bool{}
	for i, r := range f.Requirements {
		p := auhl.Index("/requirements", i)
		if strings.TrimSpace(r.Name) == "" {
			e.Add(p+"/name", auhl.CodeRequired, nil)
		}
		if strings.TrimSpace(r.Details) == "" {
			e.Add(p+"/details", auhl.CodeRequired, nil)
		}
		if r.Predefined() {
			if seen[r.Name] {
				e.Add(p+"/name", CodeRequirementTwice, auhl.Params{"requirement": auhl.Str(r.Name)})
			}
			seen[r.Name] = true
		}
	}
	return e
}
