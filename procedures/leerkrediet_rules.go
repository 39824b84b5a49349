package procedures

import (
	_ "embed"
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/leerkrediet.json
var leerkredietData []byte

// LeerkredietRuleSet is a leerkrediet rules file: the parameters of the
// leerkrediet in each academic year it covers, each with the source it
// rests on. The embedded file (DefaultLeerkredietRules) covers 2024-2025
// to 2026-2027; ParseLeerkredietRules reads a newer one of the same format.
type LeerkredietRuleSet struct {
	rules.File[auhl.AcademicYear, LeerkredietRules]
}

// LeerkredietRules are the leerkrediet rules of one academic year.
type LeerkredietRules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Start is the starting balance (140 credits).
	Start CreditsRule `json:"start"`
	// Scope lists, per contract, the kinds of programme whose enrolments
	// use leerkrediet; any other enrolment uses none.
	Scope []ScopeRule `json:"scope"`
	// Earned is the rule that the credits of a course come back only for a
	// credit (at least 10/20), not when tolerated or deliberated.
	Earned Basis `json:"earned"`
	// Bonus is the bonus on the first earned credits on a diploma contract
	// (60 credits).
	Bonus CreditsRule `json:"bonus"`
	// BonusLostBelow is the balance under which an interruption of a year
	// or more costs the bonus (60 credits).
	BonusLostBelow CreditsRule `json:"bonusLostBelow"`
	// BachelorDiploma is the rule that a bachelor's diploma leaves the
	// balance unchanged.
	BachelorDiploma Basis `json:"bachelorDiploma"`
	// MasterDiploma is what a master's diploma subtracts (140 credits).
	MasterDiploma CreditsRule `json:"masterDiploma"`
	// Rebuild is the one automatic rebuild.
	Rebuild RebuildRule `json:"rebuild"`
	// Reorientation are the dates of the legal return on a change of
	// programme.
	Reorientation ReorientationRule `json:"reorientation"`
	// InstitutionReturn is the rule that an institution may return
	// leerkrediet on de-registration under its own rules (its OER).
	InstitutionReturn Basis `json:"institutionReturn"`
	// CreditContractDrop is the rule that leaving a credit contract gives
	// no leerkrediet back.
	CreditContractDrop Basis `json:"creditContractDrop"`
	// ForceMajeure is the return for force majeure by the Raad voor
	// betwistingen inzake studievoortgangsbeslissingen.
	ForceMajeure Basis `json:"forceMajeure"`
	// Insufficient is what an insufficient balance means: the
	// institution's options, and the connecting master it may not refuse.
	Insufficient Basis `json:"insufficient"`
	// HigherFee is the most an institution may ask per credit taken up
	// without leerkrediet.
	HigherFee EuroRule `json:"higherFee"`
}

// Basis is what a rule rests on: the source it cites, whether the
// sources confirm it for the year, and a note; reading a rules file gives
// it the rule's JSON Pointer in the file and its label (see rules.Basis).
type Basis = rules.Basis

// CreditsRule is a rule that is a number of credits.
type CreditsRule struct {
	// Credits is the number of credits.
	Credits int `json:"credits"`
	Basis
}

// EuroRule is a rule that is an amount in euro.
type EuroRule struct {
	// Euro is the amount.
	Euro float64 `json:"euro"`
	Basis
}

// RebuildRule is the one automatic rebuild of leerkrediet.
type RebuildRule struct {
	// PerYear is what each academic year adds (10 credits).
	PerYear int `json:"perYear"`
	// UpTo is the balance the rebuild brings the student back to (60).
	UpTo int `json:"upTo"`
	Basis
}

// ReorientationRule are the dates of the legal return of leerkrediet when
// a student enrolled in a bachelor for the first time changes programme
// and the institution gives nothing back.
type ReorientationRule struct {
	// FullBefore is the day before which the credits not yet examined come
	// back in full ("12-01").
	FullBefore MonthDay `json:"fullBefore"`
	// HalfUntil is the last day on which half of them come back ("03-15").
	HalfUntil MonthDay `json:"halfUntil"`
	Basis
}

// ScopeRule says which kinds of programme use leerkrediet on a contract.
type ScopeRule struct {
	// Contract is the contract.
	Contract Contract `json:"contract"`
	// Programmes are the kinds of programme that use leerkrediet on it;
	// none for the exam contract.
	Programmes []ProgrammeType `json:"programmes"`
	Basis
}

// Maximum sizes of the parameters a rules file may give, against typos.
const (
	maxRuleCredits = 1000
	maxRuleEuro    = 1000
)

// leerkredietFormat is the format of the leerkrediet rules file.
var leerkredietFormat = rules.Format[*LeerkredietRuleSet]{
	Name: "procedures/data/leerkrediet.json", LabelPrefix: "procedures.leerkrediet.rule",
	Check: func(c *rules.Checker, s *LeerkredietRuleSet) { s.Each(c, (*LeerkredietRules).check) },
}

var defaultRules = leerkredietFormat.Embedded(leerkredietData, new(LeerkredietRuleSet))

// DefaultLeerkredietRules returns the embedded leerkrediet rules, parsed
// once and shared: treat them as read-only.
func DefaultLeerkredietRules() *LeerkredietRuleSet { return defaultRules() }

// ParseLeerkredietRules reads and checks a leerkrediet rules file of the
// embedded file's format: every year once, every source cited present,
// every number in range, the dates real days. It returns a
// *auhl.ValidationError listing every problem.
func ParseLeerkredietRules(data []byte) (*LeerkredietRuleSet, error) {
	return leerkredietFormat.Parse(data, new(LeerkredietRuleSet))
}

// check checks one year's rules.
func (r *LeerkredietRules) check(c *rules.Checker) {
	c.Range("/start/credits", r.Start.Credits, 1, maxRuleCredits)
	c.Range("/bonus/credits", r.Bonus.Credits, 0, maxRuleCredits)
	c.Range("/bonusLostBelow/credits", r.BonusLostBelow.Credits, 0, maxRuleCredits)
	c.Range("/masterDiploma/credits", r.MasterDiploma.Credits, 0, maxRuleCredits)
	c.Range("/rebuild/perYear", r.Rebuild.PerYear, 1, maxRuleCredits)
	c.Range("/rebuild/upTo", r.Rebuild.UpTo, 1, maxRuleCredits)
	checkMonthDay(c, "/reorientation/fullBefore", r.Reorientation.FullBefore)
	checkMonthDay(c, "/reorientation/halfUntil", r.Reorientation.HalfUntil)
	c.RangeNum("/higherFee/euro", r.HigherFee.Euro, 0, maxRuleEuro)
	seen := make(rules.Entries)
	for i, sc := range r.Scope {
		p := auhl.Index("/scope", i)
		c.Require(p+"/contract", sc.Contract.Valid())
		if sc.Contract.Valid() {
			seen.Once(c, p+"/contract", string(sc.Contract))
		}
		for j, pt := range sc.Programmes {
			c.Require(auhl.Index(p+"/programmes", j), pt.Valid())
		}
	}
	seen.All(c, "/scope", auhl.Strings(contracts)...)
}

// checkMonthDay records a CodeMonthDayFormat problem at path unless m is a
// day of the year.
func checkMonthDay(c *rules.Checker, path string, m MonthDay) {
	if !m.valid() {
		c.Add(path, CodeMonthDayFormat, auhl.Params{"value": auhl.Str(auhl.Clip(string(m)))})
	}
}

// scope returns the scope rule of contract c; every checked rule set has
// one per contract.
func (r *LeerkredietRules) scope(c Contract) ScopeRule {
	for _, sc := range r.Scope {
		if sc.Contract == c {
			return sc
		}
	}
	return ScopeRule{Contract: c}
}

// UsesLeerkrediet reports whether an enrolment on contract c in a
// programme of kind p uses leerkrediet in this year.
func (r *LeerkredietRules) UsesLeerkrediet(c Contract, p ProgrammeType) bool {
	return slices.Contains(r.scope(c).Programmes, p)
}
