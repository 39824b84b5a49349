package procedures

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/auhl/auhl-go/auhl"
)

//go:embed data/procedures.json
var proceduresData []byte

// ProcedureRuleSet is a rules file of the procedures AUHL runs for
// UHasselt and PXL: afwijkende toelating and EVC, per academic year, each
// rule with the source it rests on. The embedded file
// (DefaultProcedureRules) covers 2024-2025 to 2026-2027;
// ParseProcedureRules reads a newer one of the same format.
type ProcedureRuleSet struct {
	// Version is the release of the data, such as "2025.1".
	Version string `json:"version"`
	// Note says where the data comes from.
	Note string `json:"note,omitempty"`
	// Sources are the sources the rules cite, by id.
	Sources map[string]auhl.Source `json:"sources"`
	// Years are the rules of each academic year.
	Years []ProcedureRules `json:"years"`
}

// ProcedureRules are the procedure rules of one academic year.
type ProcedureRules struct {
	// AcademicYear is the year the rules are in force: for afwijkende
	// toelating the year the candidate wants to enrol in, for EVC the year
	// a step of the procedure falls in.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Afwijkend are the rules of afwijkende toelating.
	Afwijkend AfwijkendRules `json:"afwijkend"`
	// EVC are the rules of the EVC procedure.
	EVC EVCRules `json:"evc"`
}

// AfwijkendRules are the rules of afwijkende toelating (admission without
// the usual diploma) of one academic year.
type AfwijkendRules struct {
	// Windows are the submission deadlines of the studieoriënteringsdossier
	// (study-orientation dossier), earliest first: 15 May, 25 August and
	// 19 September. They fall in the first calendar year of the academic
	// year, before or just after its start.
	Windows []SubmissionWindow `json:"windows"`
	// Grounds are the legal grounds, with the conditions of each.
	Grounds []GroundRule `json:"grounds"`
	// Dossier is the rule that the dossier holds a structured CV, a
	// motivation letter, a reflection and supporting evidence.
	Dossier Basis `json:"dossier"`
	// Assessment is the beoordeling algemeen niveau (assessment of general
	// level) that follows the submission.
	Assessment Basis `json:"assessment"`
	// OneAttempt is the rule of one admission test per academic year.
	OneAttempt Basis `json:"oneAttempt"`
	// Outcome is the rule that a pass gives a toelatingsbewijs (admission
	// certificate), not a diploma of secondary education.
	Outcome Basis `json:"outcome"`
}

// SubmissionWindow is a deadline of the dossier of afwijkende toelating.
type SubmissionWindow struct {
	// Deadline is the last day of the window, "05-15" for 15 May.
	Deadline MonthDay `json:"deadline"`
	// Recommended marks the window candidates are strongly recommended to
	// use (the first, to start in September).
	Recommended bool `json:"recommended,omitempty"`
	Basis
}

// GroundRule is a legal ground of afwijkende toelating and its conditions.
type GroundRule struct {
	// Ground is the ground.
	Ground Ground `json:"ground"`
	// MinAge is the age the candidate must have reached in the calendar
	// year the studies start; 0 for none.
	MinAge int `json:"minAge,omitempty"`
	// EEANationality says that the candidate must have the nationality of a
	// state of the European Economic Area.
	EEANationality bool `json:"eeaNationality,omitempty"`
	Basis
}

// EVCRules are the rules of the EVC procedure (erkenning van eerder
// verworven competenties, recognition of prior learning) of one academic
// year.
type EVCRules struct {
	// IntakeWindows are the days before which an intake must be requested
	// for each procedure: 1 February (spring), 1 September (autumn).
	IntakeWindows []IntakeWindow `json:"intakeWindows"`
	// Assessors is the size of the assessment commission (3).
	Assessors CountRule `json:"assessors"`
	// GuideNotAssessor is the rule that the guide (begeleider) may not
	// also assess.
	GuideNotAssessor Basis `json:"guideNotAssessor"`
	// Appeal is the appeal term in calendar days after the decision (7).
	Appeal DaysRule `json:"appeal"`
	// Certificate is the rule that a positive decision gives a bewijs van
	// bekwaamheid (certificate of competence).
	Certificate Basis `json:"certificate"`
	// Exemption is the rule that exemptions are asked from the
	// institution, outside the EVC procedure.
	Exemption Basis `json:"exemption"`
	// Actualisation is the age in calendar years from which an
	// actualiseringsprogramma can be imposed on a proof (5).
	Actualisation YearsRule `json:"actualisation"`
}

// IntakeWindow is the day before which an intake for one EVC procedure
// must be requested.
type IntakeWindow struct {
	// Window is the procedure.
	Window EVCWindow `json:"window"`
	// Before is the day before which the request must come, "02-01".
	Before MonthDay `json:"before"`
	Basis
}

// CountRule is a rule that is a number of people.
type CountRule struct {
	// Count is the number.
	Count int `json:"count"`
	Basis
}

// DaysRule is a rule that is a number of calendar days.
type DaysRule struct {
	// Days is the number of calendar days.
	Days int `json:"days"`
	Basis
}

// YearsRule is a rule that is a number of calendar years.
type YearsRule struct {
	// Years is the number of calendar years.
	Years int `json:"years"`
	Basis
}

// maxRuleCount bounds the counts of a procedures rules file, against typos.
const maxRuleCount = 400

var defaultProcedureRules = sync.OnceValues(func() (*ProcedureRuleSet, error) {
	return decodeRules[ProcedureRuleSet](proceduresData, true)
})

// DefaultProcedureRules returns the embedded rules of afwijkende toelating
// and EVC, parsed once and shared: treat them as read-only.
func DefaultProcedureRules() *ProcedureRuleSet {
	s, err := defaultProcedureRules()
	if err != nil {
		// The embedded file is checked by the package's tests.
		panic("procedures: the embedded procedure rules are invalid: " + err.Error())
	}
	return s
}

// ParseProcedureRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every number in
// range, the days real days, every ground and EVC window once. It returns
// a *auhl.ValidationError listing every problem.
func ParseProcedureRules(data []byte) (*ProcedureRuleSet, error) {
	return decodeRules[ProcedureRuleSet](data, false)
}

func (r ProcedureRules) academicYear() auhl.AcademicYear { return r.AcademicYear }

// index sorts the years and each year's windows.
func (s *ProcedureRuleSet) index() {
	sortYears(s.Years)
	for i := range s.Years {
		w := s.Years[i].Afwijkend.Windows
		sort.SliceStable(w, func(a, b int) bool { return w[a].Deadline.after(w[b].Deadline) < 0 })
	}
}

// For returns the rules in force in academic year y. A year the rule set
// does not cover is a *auhl.ValidationError with a CodeProceduresYearUnknown
// problem: there is no fallback to another year.
func (s *ProcedureRuleSet) For(y auhl.AcademicYear) (*ProcedureRules, error) {
	return forYear(CodeProceduresYearUnknown, s.Years, y)
}

func (s *ProcedureRuleSet) find(y auhl.AcademicYear) *ProcedureRules {
	return findYear(s.Years, y)
}

func (s *ProcedureRuleSet) unknownYear(path string, y auhl.AcademicYear) auhl.Problem {
	return yearUnknown(CodeProceduresYearUnknown, path, s.Years, y)
}

// check validates the rule set.
func (s *ProcedureRuleSet) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	checkHeader(&ve, s.Version, s.Sources, s.Years)
	for i := range s.Years {
		s.Years[i].check(&ve, auhl.Index("/years", i), s.Sources)
	}
	return &ve
}

// check validates one year's rules at path.
func (r *ProcedureRules) check(ve *auhl.ValidationError, path string, sources map[string]auhl.Source) {
	basis := basisChecker(ve, sources)
	count := func(p string, n int) {
		if n < 1 || n > maxRuleCount {
			ve.Add(p, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(n), "min": auhl.Int(1), "max": auhl.Int(maxRuleCount)})
		}
	}
	day := func(p string, m MonthDay) {
		if !m.valid() {
			ve.Add(p, CodeMonthDayFormat, auhl.Params{"value": auhl.Str(auhl.Clip(string(m)))})
		}
	}
	a := &r.Afwijkend
	ap := path + "/afwijkend"
	if len(a.Windows) == 0 {
		ve.Add(ap+"/windows", auhl.CodeRequired, nil)
	}
	for i, w := range a.Windows {
		p := auhl.Index(ap+"/windows", i)
		day(p+"/deadline", w.Deadline)
		basis(p, w.Basis)
	}
	grounds := map[Ground]bool{}
	for i, g := range a.Grounds {
		p := auhl.Index(ap+"/grounds", i)
		switch {
		case !g.Ground.Valid():
			ve.Add(p+"/ground", auhl.CodeRequired, nil)
		case grounds[g.Ground]:
			ve.Add(p+"/ground", CodeRulesDuplicateEntry, auhl.Params{"value": auhl.Str(string(g.Ground))})
		}
		grounds[g.Ground] = true
		if g.MinAge < 0 || g.MinAge > 120 {
			ve.Add(p+"/minAge", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(g.MinAge), "min": auhl.Int(0), "max": auhl.Int(120)})
		}
		basis(p, g.Basis)
	}
	for _, g := range allGrounds {
		if !grounds[g] {
			ve.Add(ap+"/grounds", CodeRulesMissingEntry, auhl.Params{"value": auhl.Str(string(g))})
		}
	}
	basis(ap+"/dossier", a.Dossier)
	basis(ap+"/assessment", a.Assessment)
	basis(ap+"/oneAttempt", a.OneAttempt)
	basis(ap+"/outcome", a.Outcome)

	e := &r.EVC
	ep := path + "/evc"
	windows := map[EVCWindow]bool{}
	for i, w := range e.IntakeWindows {
		p := auhl.Index(ep+"/intakeWindows", i)
		switch {
		case !w.Window.Valid():
			ve.Add(p+"/window", auhl.CodeRequired, nil)
		case windows[w.Window]:
			ve.Add(p+"/window", CodeRulesDuplicateEntry, auhl.Params{"value": auhl.Str(string(w.Window))})
		}
		windows[w.Window] = true
		day(p+"/before", w.Before)
		basis(p, w.Basis)
	}
	if len(e.IntakeWindows) == 0 {
		ve.Add(ep+"/intakeWindows", auhl.CodeRequired, nil)
	}
	count(ep+"/assessors/count", e.Assessors.Count)
	count(ep+"/appeal/days", e.Appeal.Days)
	count(ep+"/actualisation/years", e.Actualisation.Years)
	basis(ep+"/assessors", e.Assessors.Basis)
	basis(ep+"/guideNotAssessor", e.GuideNotAssessor)
	basis(ep+"/appeal", e.Appeal.Basis)
	basis(ep+"/certificate", e.Certificate)
	basis(ep+"/exemption", e.Exemption)
	basis(ep+"/actualisation", e.Actualisation.Basis)
}

// ground returns the rule of ground g; every checked rule set has one.
func (a *AfwijkendRules) ground(g Ground) GroundRule {
	for _, r := range a.Grounds {
		if r.Ground == g {
			return r
		}
	}
	return GroundRule{Ground: g}
}

// after compares two month-days within a calendar year.
func (m MonthDay) after(o MonthDay) int { return strings.Compare(string(m), string(o)) }

// inCalendarYear returns m in calendar year y, or "" when it is not a day
// of that year.
func (m MonthDay) inCalendarYear(y int) Date {
	if len(m) != 5 || y < 1000 || y > 9999 {
		return ""
	}
	d := Date(strconv.Itoa(y) + "-" + string(m))
	if !d.Valid() {
		return ""
	}
	return d
}
