package leerkrediet

import (
	_ "embed"
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/contract"
)

//go:embed data/leerkrediet.json
var rulesData []byte

// RulesFile is a leerkrediet rules file: the parameters of the
// leerkrediet in each academic year it covers, each with the source it
// rests on. The embedded file (Default) covers every academic year from
// 2008-2009, when leerkrediet began, to 2026-2027; DecodeRules reads a
// newer one of the same format.
type RulesFile struct {
	rules.File[auhl.AcademicYear, Rules]
}

// Rules are the leerkrediet rules of one academic year.
type Rules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Start is the starting balance (140 credits).
	Start creditsRule `json:"start"`
	// Scope lists, per contract, the kinds of programme whose enrolments
	// use leerkrediet; any other enrolment uses none.
	Scope []scopeRule `json:"scope"`
	// Earned is the rule that the credits of a course come back only for a
	// credit (at least 10/20), not when tolerated or deliberated.
	Earned rules.Basis `json:"earned"`
	// Bonus is the bonus on the first earned credits on a diploma contract
	// (60 credits).
	Bonus creditsRule `json:"bonus"`
	// BonusLostBelow is the balance under which an interruption of a year
	// or more costs the bonus (60 credits).
	BonusLostBelow creditsRule `json:"bonusLostBelow"`
	// BachelorDiploma is the rule that a bachelor's diploma leaves the
	// balance unchanged.
	BachelorDiploma rules.Basis `json:"bachelorDiploma"`
	// MasterDiploma is what a master's diploma subtracts (140 credits).
	MasterDiploma creditsRule `json:"masterDiploma"`
	// Rebuild is the one automatic rebuild.
	Rebuild rebuildRule `json:"rebuild"`
	// Reorientation are the dates of the legal return on a change of
	// programme.
	Reorientation reorientationRule `json:"reorientation"`
	// InstitutionReturn is the rule that an institution may return
	// leerkrediet on de-registration under its own rules (its OER).
	InstitutionReturn rules.Basis `json:"institutionReturn"`
	// CreditContractDrop is the rule that leaving a credit contract gives
	// no leerkrediet back.
	CreditContractDrop rules.Basis `json:"creditContractDrop"`
	// ForceMajeure is the return for force majeure by the Raad voor
	// betwistingen inzake studievoortgangsbeslissingen.
	ForceMajeure rules.Basis `json:"forceMajeure"`
	// Covid is the temporary COVID-19 return procedure of the year
	// (2019-2020 to 2021-2022); nil in a year without one.
	Covid *covidRule `json:"covid,omitempty"`
	// Jokerkrediet is the rule that leerkrediet returned for force majeure
	// is also added to the jokerkrediet of the studietoelage (decree of
	// 15 July 2022); nil in a year before it.
	Jokerkrediet *rules.Basis `json:"jokerkrediet,omitempty"`
	// Insufficient is what an insufficient balance means: the
	// institution's options, and the connecting master it may not refuse.
	Insufficient rules.Basis `json:"insufficient"`
	// HigherFee is the most an institution may ask per credit taken up
	// without leerkrediet; 0 when the amount of the year is not known.
	HigherFee euroRule `json:"higherFee"`
	// UHasselt is UHasselt's limit of an enrolment to the remaining
	// balance, with its exceptions; nil when not known.
	UHasselt *balanceLimitRule `json:"uhasselt,omitempty"`
}

// covidRule is a temporary COVID-19 procedure that returned the
// leerkrediet of courses failed in one academic year, on a request.
type covidRule struct {
	// Tolerated says that tolerated or deliberated credits counted as
	// failed and could be reclaimed too (2021-2022).
	Tolerated bool `json:"tolerated,omitempty"`
	rules.Basis
}

// balanceLimitRule limits an enrolment with insufficient leerkrediet to the
// remaining balance, except on the grounds it names.
type balanceLimitRule struct {
	// Exceptions are the grounds on which a reasoned request may allow
	// more credits.
	Exceptions []LimitException `json:"exceptions"`
	rules.Basis
}

// creditsRule is a rule that is a number of credits.
type creditsRule struct {
	// Credits is the number of credits.
	Credits int `json:"credits"`
	rules.Basis
}

// euroRule is a rule that is an amount in euro.
type euroRule struct {
	// Euro is the amount.
	Euro float64 `json:"euro"`
	rules.Basis
}

// rebuildRule is the one automatic rebuild of leerkrediet.
type rebuildRule struct {
	// PerYear is what each academic year adds (10 credits).
	PerYear int `json:"perYear"`
	// UpTo is the balance the rebuild brings the student back to (60).
	UpTo int `json:"upTo"`
	rules.Basis
}

// reorientationRule are the dates of the legal return of leerkrediet when
// a student enrolled in a bachelor for the first time changes programme
// and the institution gives nothing back.
type reorientationRule struct {
	// FullBefore is the day before which the credits not yet examined come
	// back in full ("12-01").
	FullBefore auhl.MonthDay `json:"fullBefore"`
	// HalfUntil is the last day on which half of them come back ("03-15").
	HalfUntil auhl.MonthDay `json:"halfUntil"`
	rules.Basis
}

// scopeRule says which kinds of programme use leerkrediet on a contract.
type scopeRule struct {
	// Contract is the contract.
	Contract Contract `json:"contract"`
	// Programmes are the kinds of programme that use leerkrediet on it;
	// none for the exam contract.
	Programmes []ProgrammeKind `json:"programmes"`
	rules.Basis
}

// Maximum sizes of the parameters a rules file may give, against typos.
const (
	maxRuleCredits = 1000
	maxRuleEuro    = 1000
)

// format is the format of the leerkrediet rules file.
var format = rules.Format[*RulesFile]{
	Name: "procedures/leerkrediet/data/leerkrediet.json", LabelPrefix: "procedures.leerkrediet.rule",
	Check: func(c *rules.Checker, s *RulesFile) { s.Each(c, (*Rules).check) },
}

var defaultRules = format.Embedded(rulesData, new(RulesFile))

// Default returns the embedded leerkrediet rules, parsed
// once and shared: treat them as read-only.
func Default() *RulesFile { return defaultRules() }

// DecodeRules reads and checks a leerkrediet rules file of the
// embedded file's format: every year once, every source cited present,
// every number in range, the dates real days. It returns a
// *auhl.ValidationError listing every problem.
func DecodeRules(data []byte) (*RulesFile, error) {
	return format.Parse(data, new(RulesFile))
}

// check checks one year's rules.
func (r *Rules) check(c *rules.Checker) {
	c.Range("/start/credits", r.Start.Credits, 1, maxRuleCredits)
	c.Range("/bonus/credits", r.Bonus.Credits, 0, maxRuleCredits)
	c.Range("/bonusLostBelow/credits", r.BonusLostBelow.Credits, 0, maxRuleCredits)
	c.Range("/masterDiploma/credits", r.MasterDiploma.Credits, 0, maxRuleCredits)
	c.Range("/rebuild/perYear", r.Rebuild.PerYear, 1, maxRuleCredits)
	c.Range("/rebuild/upTo", r.Rebuild.UpTo, 1, maxRuleCredits)
	c.Require("/reorientation/fullBefore", !r.Reorientation.FullBefore.IsZero())
	c.Require("/reorientation/halfUntil", !r.Reorientation.HalfUntil.IsZero())
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
	seen.All(c, "/scope", auhl.Strings(contract.All)...)
	if u := r.UHasselt; u != nil {
		grounds := make(rules.Entries)
		for i, g := range u.Exceptions {
			p := auhl.Index("/uhasselt/exceptions", i)
			c.Require(p, g.Valid())
			if g.Valid() {
				grounds.Once(c, p, string(g))
			}
		}
	}
}

// scope returns the scope rule of contract c; every checked rule set has
// one per contract.
func (r *Rules) scope(c Contract) scopeRule {
	for _, sc := range r.Scope {
		if sc.Contract == c {
			return sc
		}
	}
	return scopeRule{Contract: c}
}

// Uses reports whether an enrolment on contract c in a
// programme of kind p uses leerkrediet in this year.
func (r *Rules) Uses(c Contract, p ProgrammeKind) bool {
	return slices.Contains(r.scope(c).Programmes, p)
}
