package afwijkend

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// Case is a candidate's case of afwijkende toelating (admission to a
// bachelor without the usual diploma of secondary education) for one
// academic year: the ground, the studieoriënteringsdossier
// (study-orientation dossier), when it was submitted, the result of the
// beoordeling algemeen niveau (assessment of general level), and the
// candidate's earlier attempts. Decode one with DecodeCase; Decide
// says what is missing, the next deadline and what happens next.
type Case struct {
	// AcademicYear is the academic year the candidate wants to enrol in.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Institution is where the candidate registers and wants to study:
	// uhasselt or pxl (not the association itself).
	Institution auhl.Institution `json:"institution,omitempty"`
	// Ground is the legal ground the candidate invokes.
	Ground Ground `json:"ground"`
	// Age is the age the candidate reaches in the calendar year the studies
	// start; 0 when not given. Only a ground with a minimum age uses it,
	// and without it says that it needs it.
	Age int `json:"age,omitempty"`
	// EEANationality says that the candidate has the nationality of a state
	// of the European Economic Area. Only a ground that asks for it uses it.
	EEANationality bool `json:"eeaNationality,omitempty"`
	// Dossier says which parts of the dossier are ready.
	Dossier Dossier `json:"dossier"`
	// Submitted is the day the complete dossier was submitted; empty while
	// it is not.
	Submitted auhl.Date `json:"submitted,omitzero"`
	// Assessment is the result of the beoordeling algemeen niveau; empty
	// while it has not been held.
	Assessment AssessmentResult `json:"assessment,omitempty"`
	// EarlierAttempts are the candidate's earlier admission tests, in any
	// academic year up to this case's; one in this case's year uses its one
	// attempt.
	EarlierAttempts []Attempt `json:"earlierAttempts,omitempty"`
}

// Dossier says which parts of a studieoriënteringsdossier are ready.
type Dossier struct {
	// CV is the structured curriculum vitae.
	CV bool `json:"cv,omitempty"`
	// MotivationLetter is the motivation letter.
	MotivationLetter bool `json:"motivationLetter,omitempty"`
	// Reflection is the reflection.
	Reflection bool `json:"reflection,omitempty"`
	// Evidence is the supporting evidence.
	Evidence bool `json:"evidence,omitempty"`
}

// Missing returns the parts of the dossier that are not ready, in the
// order of the format.
func (d Dossier) Missing() []DossierPart {
	var out []DossierPart
	for _, p := range []struct {
		part  DossierPart
		ready bool
	}{{PartCV, d.CV}, {PartMotivationLetter, d.MotivationLetter}, {PartReflection, d.Reflection}, {PartEvidence, d.Evidence}} {
		if !p.ready {
			out = append(out, p.part)
		}
	}
	return out
}

// Attempt is an earlier admission test of afwijkende toelating.
type Attempt struct {
	// AcademicYear is the academic year the attempt was for.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Result is its result.
	Result AssessmentResult `json:"result"`
}

// Status is where a Case stands on a day: the stage, the dossier
// parts still missing, the next deadline and the findings that explain
// it, each with its source.
type Status struct {
	// Stage is the stage the case is in.
	Stage Stage `json:"stage"`
	// Missing are the dossier parts still missing, in the dossier stage.
	Missing []DossierPart `json:"missing,omitempty"`
	// NextDeadline is the next submission deadline still open, while the
	// dossier has not been submitted; empty otherwise.
	NextDeadline auhl.Date `json:"nextDeadline,omitzero"`
	// Findings explain the status, in order.
	Findings []auhl.Finding `json:"findings"`
}

// Ground is a legal ground of afwijkende toelating. Its JSON encoding is
// the identifier of each constant.
type Ground string

// The grounds.
const (
	// GroundHumanitarian: humanitarian reasons, such as a recognised
	// refugee without documents in Belgium.
	GroundHumanitarian Ground = "humanitarian"
	// GroundMedicalPsychSocial: medical, psychological or social reasons.
	GroundMedicalPsychSocial Ground = "medical-psychological-social"
	// GroundGeneralLevel: general level, such as giftedness.
	GroundGeneralLevel Ground = "general-level"
)

var allGrounds = []Ground{GroundHumanitarian, GroundMedicalPsychSocial, GroundGeneralLevel}

// Enum lists every valid Ground.
func (Ground) Enum() []string { return auhl.Strings(allGrounds) }

// Valid reports whether g is a known ground.
func (g Ground) Valid() bool { return slices.Contains(allGrounds, g) }

// UnmarshalText accepts only a known ground.
func (g *Ground) UnmarshalText(b []byte) error { return enum.Unmarshal(g, b, allGrounds) }

// Name returns the name of the ground in Dutch and English.
func (g Ground) Name() auhl.Text {
	switch g {
	case GroundHumanitarian:
		return auhl.Text{NL: "humanitaire redenen", EN: "humanitarian reasons"}
	case GroundMedicalPsychSocial:
		return auhl.Text{NL: "medische, psychische of sociale redenen", EN: "medical, psychological or social reasons"}
	case GroundGeneralLevel:
		return auhl.Text{NL: "algemeen niveau", EN: "general level"}
	}
	return auhl.Text{NL: string(g), EN: string(g)}
}

// DossierPart is a part of the studieoriënteringsdossier. Its JSON
// encoding is the identifier of each constant.
type DossierPart string

// The parts of the dossier.
const (
	// PartCV is the structured CV.
	PartCV DossierPart = "cv"
	// PartMotivationLetter is the motivation letter.
	PartMotivationLetter DossierPart = "motivation-letter"
	// PartReflection is the reflection.
	PartReflection DossierPart = "reflection"
	// PartEvidence is the supporting evidence.
	PartEvidence DossierPart = "evidence"
)

var dossierParts = []DossierPart{PartCV, PartMotivationLetter, PartReflection, PartEvidence}

// Enum lists every valid DossierPart.
func (DossierPart) Enum() []string { return auhl.Strings(dossierParts) }

// UnmarshalText accepts only a known part.
func (p *DossierPart) UnmarshalText(b []byte) error { return enum.Unmarshal(p, b, dossierParts) }

// Name returns the name of the part in Dutch and English.
func (p DossierPart) Name() auhl.Text {
	switch p {
	case PartCV:
		return auhl.Text{NL: "een gestructureerd cv", EN: "a structured CV"}
	case PartMotivationLetter:
		return auhl.Text{NL: "een motivatiebrief", EN: "a motivation letter"}
	case PartReflection:
		return auhl.Text{NL: "een reflectie", EN: "a reflection"}
	case PartEvidence:
		return auhl.Text{NL: "bewijsstukken", EN: "supporting evidence"}
	}
	return auhl.Text{NL: string(p), EN: string(p)}
}

// AssessmentResult is the result of a beoordeling algemeen niveau. Its
// JSON encoding is the identifier of each constant.
type AssessmentResult string

// The results.
const (
	// AssessmentPassed: the candidate passed and gets a toelatingsbewijs.
	AssessmentPassed AssessmentResult = "passed"
	// AssessmentFailed: the candidate did not pass.
	AssessmentFailed AssessmentResult = "failed"
)

var assessmentResults = []AssessmentResult{AssessmentPassed, AssessmentFailed}

// Enum lists every valid AssessmentResult.
func (AssessmentResult) Enum() []string { return auhl.Strings(assessmentResults) }

// UnmarshalText accepts only a known result.
func (r *AssessmentResult) UnmarshalText(b []byte) error {
	return enum.Unmarshal(r, b, assessmentResults)
}

// Stage is the stage of a Case. Its JSON encoding is the identifier of
// each constant.
type Stage string

// The stages.
const (
	// StageDossier: the dossier is being put together or awaits submission.
	StageDossier Stage = "dossier"
	// StageAssessment: the dossier is in; the beoordeling algemeen niveau
	// follows.
	StageAssessment Stage = "assessment"
	// StageAdmitted: passed; the candidate has a toelatingsbewijs.
	StageAdmitted Stage = "admitted"
	// StageNotAdmitted: not passed; a new attempt only for a later year.
	StageNotAdmitted Stage = "not-admitted"
	// StageClosed: nothing more is possible for this academic year: the
	// last deadline passed, the year's attempt was used, or the ground's
	// conditions are not met.
	StageClosed Stage = "closed"
)

var caseStages = []Stage{StageDossier, StageAssessment, StageAdmitted, StageNotAdmitted, StageClosed}

// Enum lists every valid Stage.
func (Stage) Enum() []string { return auhl.Strings(caseStages) }

// UnmarshalText accepts only a known stage.
func (s *Stage) UnmarshalText(b []byte) error { return enum.Unmarshal(s, b, caseStages) }

// MaxCaseBytes is the largest case document DecodeCase reads.
const MaxCaseBytes = 16 << 10

// maxAttempts is the most earlier attempts a case may list.
const maxAttempts = 50

// DecodeCase decodes a Case from JSON the strict way and checks it with
// Validate. It returns a *auhl.ValidationError listing every problem with
// its JSON Pointer. A document larger than MaxCaseBytes is refused unread.
func DecodeCase(data []byte) (Case, error) {
	if len(data) > MaxCaseBytes {
		return Case{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxCaseBytes)},
		}}}
	}
	var c Case
	if err := auhl.DecodeAndCheck(data, &c, c.check); err != nil {
		return Case{}, err
	}
	return c, nil
}

// Validate checks the case without the rules of any year: the academic
// year and the ground given, an age from 0 to 120, an assessment only
// after a submission and only with the complete dossier, earlier attempts
// (at most 50) with their year and result and in no later year than the
// case's. It returns a *auhl.ValidationError, or nil.
func (c Case) Validate() error { return c.check().Err() }

func (c *Case) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	if c.AcademicYear.IsZero() {
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	}
	if c.Ground == "" {
		ve.Add("/ground", auhl.CodeRequired, nil)
	} else if !c.Ground.Valid() {
		ve.Add("/ground", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(c.Ground))), "allowed": auhl.Str(enum.Join(allGrounds))})
	}
	if c.Institution != "" && c.Institution != auhl.UHasselt && c.Institution != auhl.PXL {
		ve.Add("/institution", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(c.Institution))), "allowed": auhl.Str(enum.Join([]auhl.Institution{auhl.UHasselt, auhl.PXL}))})
	}
	if c.Age < 0 || c.Age > 120 {
		ve.Add("/age", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(c.Age), "min": auhl.Int(0), "max": auhl.Int(120)})
	}
	if !c.Submitted.IsZero() && len(c.Dossier.Missing()) > 0 {
		ve.Add("/submitted", CodeSubmittedIncomplete, nil)
	}
	if c.Assessment != "" {
		if !slices.Contains(assessmentResults, c.Assessment) {
			ve.Add("/assessment", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(c.Assessment))), "allowed": auhl.Str(enum.Join(assessmentResults))})
		} else if c.Submitted.IsZero() {
			ve.Add("/assessment", CodeAssessmentWithoutSubmission, nil)
		}
	}
	if len(c.EarlierAttempts) > maxAttempts {
		ve.Add("/earlierAttempts", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(c.EarlierAttempts)), "min": auhl.Int(0), "max": auhl.Int(maxAttempts)})
	}
	for i, a := range c.EarlierAttempts {
		p := auhl.Index("/earlierAttempts", i)
		if a.AcademicYear.IsZero() {
			ve.Add(p+"/academicYear", auhl.CodeRequired, nil)
		} else if !c.AcademicYear.IsZero() && a.AcademicYear.Compare(c.AcademicYear) > 0 {
			ve.Add(p+"/academicYear", CodeAttemptAfterYear, auhl.Params{"year": auhl.Str(a.AcademicYear.String()), "case": auhl.Str(c.AcademicYear.String())})
		}
		if !slices.Contains(assessmentResults, a.Result) {
			ve.Add(p+"/result", auhl.CodeRequired, nil)
		}
	}
	return &ve
}

// Decide says where case c stands on day on, with the embedded rules
// (Default): see RulesFile.Decide.
func Decide(c Case, on auhl.Date) (Status, error) {
	return Default().Decide(c, on)
}

// Decide says where case c stands on day on, under the rules of the
// case's academic year: the ground and its conditions, the dossier parts
// still missing, the next deadline, and what happens next (the submission,
// the beoordeling algemeen niveau, the toelatingsbewijs, or a new attempt
// for a later year), each as a Finding with its source. A rule the notes
// could not confirm adds a CodeUnconfirmed finding.
//
// An invalid case, no day, a submission after on, or an
// academic year the rules do not cover is a *auhl.ValidationError.
func (s *RulesFile) Decide(c Case, on auhl.Date) (Status, error) {
	ve := c.check()
	if on.IsZero() {
		ve.Add("", auhl.CodeRequired, nil)
	} else if c.Submitted.After(on) {
		ve.Add("/submitted", CodeDateAfterOn, auhl.Params{"date": auhl.Str(c.Submitted.String()), "on": auhl.Str(on.String())})
	}
	var rules *Rules
	if !c.AcademicYear.IsZero() {
		var err error
		if rules, err = s.For(c.AcademicYear); err != nil {
			ve.Merge("/academicYear", err)
		}
	}
	if err := ve.Err(); err != nil {
		return Status{}, err
	}
	a := &assessment{set: s, rules: rules, year: c.AcademicYear}
	st := a.run(c, on)
	if st.Stage != StageDossier {
		st.Missing = nil
	}
	return st, nil
}

// assessment builds the status of one case.
type assessment struct {
	set   *RulesFile
	rules *Rules
	year  auhl.AcademicYear
	st    Status
	// warnings are the warnings about the unconfirmed rules used.
	warnings rules.Warnings
}

// emit records a finding resting on b, and a CodeUnconfirmed
// warning the first time the status uses b when b is unconfirmed.
func (a *assessment) emit(code string, sev auhl.Severity, params auhl.Params, b rules.Basis) {
	a.st.Findings = append(a.st.Findings, auhl.Finding{Code: code, Severity: sev, Params: params, Source: b.Cited()})
	if a.warnings.First(b) {
		a.st.Findings = append(a.st.Findings, rules.Warning(CodeUnconfirmed, b, auhl.Params{"year": auhl.Str(a.year.String())}))
	}
}

// yearParams are the year parameters of a finding.
func (a *assessment) yearParams(more ...any) auhl.Params {
	p := auhl.Params{"year": auhl.Str(a.year.String())}
	for i := 0; i+1 < len(more); i += 2 {
		switch v := more[i+1].(type) {
		case int:
			p[more[i].(string)] = auhl.Int(v)
		case string:
			p[more[i].(string)] = auhl.Str(v)
		case auhl.Text:
			p[more[i].(string)] = auhl.Txt(v)
		}
	}
	return p
}

// deadlines returns the window deadlines of the year as dates.
func (a *assessment) deadlines() []auhl.Date {
	out := make([]auhl.Date, 0, len(a.rules.Windows))
	for _, w := range a.rules.Windows {
		out = append(out, w.Deadline.InYear(a.year.Start()))
	}
	return out
}

func (a *assessment) run(c Case, on auhl.Date) Status {
	r := a.rules
	next := a.year.Next().String()
	a.st = Status{Stage: StageDossier, Missing: c.Dossier.Missing(), Findings: []auhl.Finding{}}

	// The ground and its conditions.
	g := r.ground(c.Ground)
	a.emit(CodeGround, auhl.Info, a.yearParams("ground", c.Ground.Name()), g.Basis)
	groundOK := true
	if g.MinAge > 0 && c.Age == 0 {
		a.emit(CodeGroundAgeUnknown, auhl.Warning, a.yearParams("minAge", g.MinAge), g.Basis)
	} else if g.MinAge > 0 && c.Age < g.MinAge {
		groundOK = false
		a.emit(CodeGroundAge, auhl.Error, a.yearParams("minAge", g.MinAge, "age", c.Age), g.Basis)
	}
	if g.EEANationality && !c.EEANationality {
		groundOK = false
		a.emit(CodeGroundNationality, auhl.Error, a.yearParams(), g.Basis)
	}

	// One attempt per academic year.
	for _, at := range c.EarlierAttempts {
		if at.AcademicYear == a.year {
			a.st.Stage = StageClosed
			a.emit(CodeAttemptUsed, auhl.Error, a.yearParams("next", next), r.OneAttempt)
			return a.st
		}
	}

	// The result of the assessment.
	switch c.Assessment {
	case AssessmentPassed:
		a.st.Stage = StageAdmitted
		a.emit(CodeAdmitted, auhl.Info, a.yearParams(), r.Outcome)
		return a.st
	case AssessmentFailed:
		a.st.Stage = StageNotAdmitted
		a.emit(CodeNotAdmitted, auhl.Error, a.yearParams("next", next), r.OneAttempt)
		return a.st
	}
	if !groundOK {
		a.st.Stage = StageClosed
		return a.st
	}

	deadlines := a.deadlines()
	if !c.Submitted.IsZero() {
		// The window the submission fell in.
		for i, d := range deadlines {
			if c.Submitted.Compare(d) <= 0 {
				a.emit(CodeSubmitted, auhl.Info, a.yearParams("date", c.Submitted.String(), "deadline", d.String()), r.Windows[i].Basis)
				a.st.Stage = StageAssessment
				a.emit(CodeAssessmentNext, auhl.Info, a.yearParams(), r.Assessment)
				return a.st
			}
		}
		a.st.Stage = StageClosed
		last := len(deadlines) - 1
		a.emit(CodeSubmittedLate, auhl.Error, a.yearParams("date", c.Submitted.String(), "deadline", deadlines[last].String(), "next", next), r.Windows[last].Basis)
		return a.st
	}

	// Not yet submitted: what is missing, and the next deadline.
	for _, p := range a.st.Missing {
		a.emit(CodeMissing, auhl.Error, a.yearParams("part", p.Name()), r.Dossier)
	}
	for i, d := range deadlines {
		if on.Compare(d) > 0 {
			if r.Windows[i].Recommended {
				a.emit(CodeRecommendedPassed, auhl.Warning, a.yearParams("deadline", d.String()), r.Windows[i].Basis)
			}
			continue
		}
		a.st.NextDeadline = d
		code := CodeNextDeadline
		if r.Windows[i].Recommended {
			code = CodeNextDeadlineRecommended
		}
		a.emit(code, auhl.Info, a.yearParams("deadline", d.String()), r.Windows[i].Basis)
		return a.st
	}
	a.st.Stage = StageClosed
	last := len(deadlines) - 1
	a.emit(CodeTooLate, auhl.Error, a.yearParams("deadline", deadlines[last].String(), "next", next), r.Windows[last].Basis)
	return a.st
}
