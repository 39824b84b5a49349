package auhl

import "slices"

// Severity says how much a finding weighs. Its JSON encoding is "info",
// "warning" or "error".
type Severity string

// The severities of a finding.
const (
	// Info is a fact worth knowing that asks for nothing.
	Info Severity = "info"
	// Warning asks the reader to check or do something.
	Warning Severity = "warning"
	// Error blocks: a requirement that is not met or an input that is wrong.
	Error Severity = "error"
)

var severities = []Severity{Info, Warning, Error}

// Enum lists every valid Severity, lightest first.
func (Severity) Enum() []string { return Strings(severities) }

// Valid reports whether s is a known severity.
func (s Severity) Valid() bool { return slices.Contains(severities, s) }

// UnmarshalText accepts only a known severity.
func (s *Severity) UnmarshalText(b []byte) error {
	v := Severity(b)
	if !v.Valid() {
		return invalidEnum("severity", string(b), v.Enum())
	}
	*s = v
	return nil
}

// Source is what a finding rests on: an article of a regulation, an official
// page, a study guide. Its JSON encoding is {"title": "...", "url": "..."}.
type Source struct {
	// Title names the source, such as "Codex Hoger Onderwijs, art. II.205".
	Title string `json:"title"`
	// URL is where the source can be read, empty where there is none online.
	URL string `json:"url,omitempty"`
}

// IsZero reports whether the source is empty.
func (s Source) IsZero() bool { return s.Title == "" && s.URL == "" }

// Finding is one explained part of a decision: a stable Code that programs
// branch on and auhl/i18n renders in Dutch or English, a Severity, the typed
// Params the message needs and the Source the finding rests on. Its JSON
// encoding is {"code": "...", "severity": "...", "params": {...},
// "source": {...}}; params and source are left out when empty.
type Finding struct {
	// Code identifies the finding, such as "catalog.fact-unverified". Codes are
	// stable across releases; a package lists the codes it can emit with
	// their parameters in its Codes function.
	Code string `json:"code"`
	// Severity says how much the finding weighs.
	Severity Severity `json:"severity"`
	// Params are the values the finding's message refers to by name.
	Params Params `json:"params,omitempty"`
	// Source is the rule or page the finding rests on.
	Source Source `json:"source,omitzero"`
}

// ParamKind is the meaning of a finding's or problem's parameter, which
// decides how auhl/i18n formats it: a whole number, a decimal number, a
// percentage, a plain string (an identifier or a value echoed from input), a
// Text in both languages, a date ("2006-01-02") or an academic year.
type ParamKind string

// The kinds of parameter.
const (
	// KindInt is a whole number; it may select a plural form.
	KindInt ParamKind = "int"
	// KindNumber is a decimal number.
	KindNumber ParamKind = "number"
	// KindPercent is a percentage, given as a number such as 13.5.
	KindPercent ParamKind = "percent"
	// KindString is a string shown as it is.
	KindString ParamKind = "string"
	// KindText is a Text, shown in the reader's language.
	KindText ParamKind = "text"
	// KindDate is a calendar date as a "2006-01-02" string.
	KindDate ParamKind = "date"
	// KindYear is an academic year as a "2025-2026" string.
	KindYear ParamKind = "year"
)

var paramKinds = []ParamKind{KindInt, KindNumber, KindPercent, KindString, KindText, KindDate, KindYear}

// Enum lists every valid ParamKind.
func (ParamKind) Enum() []string { return Strings(paramKinds) }

// Valid reports whether k is a known kind.
func (k ParamKind) Valid() bool { return slices.Contains(paramKinds, k) }

// ParamSpec declares one parameter of a code.
type ParamSpec struct {
	// Name is the parameter's name, as used in Params.
	Name string `json:"name"`
	// Kind is the parameter's kind.
	Kind ParamKind `json:"kind"`
}

// CodeSpec declares a code that a package can emit, in a Finding or a
// Problem, with the parameters it always carries. Every declared code has a
// Dutch and an English message in auhl/i18n, and a message may use only the
// declared parameters; a test holds both true.
type CodeSpec struct {
	// Code is the stable code.
	Code string `json:"code"`
	// Params are the parameters every finding or problem with this code
	// carries.
	Params []ParamSpec `json:"params,omitempty"`
}
