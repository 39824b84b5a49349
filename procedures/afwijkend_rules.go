package procedures

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/procedures.json
var proceduresData []byte

// ProcedureRuleSet is a rules file of the procedures AUHL runs for
// UHasselt and PXL: afwijkende toelating and EVC, per academic year, each
// rule with the source it rests on. The embedded file
// (DefaultProcedureRules) covers 2024-2025 to 2026-2027;
// ParseProcedureRules reads a newer one of the same format.
type ProcedureRuleSet struct {
	rules.File[auhl.AcademicYear, ProcedureRules]
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

// procedureFormat is the format of the rules file of afwijkende
// toelating and EVC.
var procedureFormat = rules.Format[*ProcedureRuleSet]{
	Name: "procedures/data/procedures.json", LabelPrefix: "procedures.rule",
	Check: func(c *rules.Checker, s *ProcedureRuleSet) { s.Each(c, (*ProcedureRules).check) },
	// Each year's windows in calendar order.
	Index: func(s *ProcedureRuleSet) {
		for i := range s.Years {
			w := s.Years[i].Afwijkend.Windows
			sort.SliceStable(w, func(a, b int) bool { return w[a].Deadline.after(w[b].Deadline) < 0 })
		}
	},
}

var defaultProcedureRules = procedureFormat.Embedded(proceduresData, new(ProcedureRuleSet))

// DefaultProcedureRules returns the embedded rules of afwijkende toelating
// and EVC, parsed once and shared: treat them as read-only.
func DefaultProcedureRules() *ProcedureRuleSet { return defaultProcedureRules() }

// ParseProcedureRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every number in
// range, the days real days, every ground and EVC window once. It returns
// a *auhl.ValidationError listing every problem.
func ParseProcedureRules(data []byte) (*ProcedureRuleSet, error) {
	return procedureFormat.Parse(data, new(ProcedureRuleSet))
}

// check checks one year's rules.
func (r *ProcedureRules) check(c *rules.Checker) {
	a := &r.Afwijkend
	c.Require("/afwijkend/windows", len(a.Windows) > 0)
	for i, w := range a.Windows {
		checkMonthDay(c, auhl.Index("/afwijkend/windows", i)+"/deadline", w.Deadline)
	}
	grounds := make(rules.Entries)
	for i, g := range a.Grounds {
		p := auhl.Index("/afwijkend/grounds", i)
		c.Require(p+"/ground", g.Ground.Valid())
		if g.Ground.Valid() {
			grounds.Once(c, p+"/ground", string(g.Ground))
		}
		c.Range(p+"/minAge", g.MinAge, 0, 120)
	}
	grounds.All(c, "/afwijkend/grounds", auhl.Strings(allGrounds)...)

	e := &r.EVC
	windows := make(rules.Entries)
	for i, w := range e.IntakeWindows {
		p := auhl.Index("/evc/intakeWindows", i)
		c.Require(p+"/window", w.Window.Valid())
		if w.Window.Valid() {
			windows.Once(c, p+"/window", string(w.Window))
		}
		checkMonthDay(c, p+"/before", w.Before)
	}
	c.Require("/evc/intakeWindows", len(e.IntakeWindows) > 0)
	c.Range("/evc/assessors/count", e.Assessors.Count, 1, maxRuleCount)
	c.Range("/evc/appeal/days", e.Appeal.Days, 1, maxRuleCount)
	c.Range("/evc/actualisation/years", e.Actualisation.Years, 1, maxRuleCount)
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
