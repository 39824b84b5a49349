package procedures

import (
	_ "embed"
	"slices"
	"sync"

	"github.com/auhl/auhl-go/auhl"
)

//go:embed data/leerkrediet.json
var leerkredietData []byte

// LeerkredietRuleSet is a leerkrediet rules file: the parameters of the
// leerkrediet in each academic year it covers, each with the source it
// rests on. The embedded file (DefaultLeerkredietRules) covers 2024-2025
// to 2026-2027; ParseLeerkredietRules reads a newer one of the same format.
type LeerkredietRuleSet struct {
	// Version is the release of the data, such as "2025.1".
	Version string `json:"version"`
	// Note says where the data comes from.
	Note string `json:"note,omitempty"`
	// Sources are the sources the rules cite, by id.
	Sources map[string]auhl.Source `json:"sources"`
	// Years are the rules of each academic year.
	Years []LeerkredietRules `json:"years"`
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

// Basis is what a rule rests on.
type Basis struct {
	// Source is the id of the rule's source in the rule set's Sources.
	Source string `json:"source"`
	// Unconfirmed marks a rule that the domain notes could not confirm for
	// this academic year ([?]); a result that uses it says so.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// Note explains the rule or why it is unconfirmed.
	Note string `json:"note,omitempty"`
}

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

var defaultRules = sync.OnceValues(func() (*LeerkredietRuleSet, error) {
	return decodeRules[LeerkredietRuleSet](leerkredietData, true)
})

// DefaultLeerkredietRules returns the embedded leerkrediet rules, parsed
// once and shared: treat them as read-only.
func DefaultLeerkredietRules() *LeerkredietRuleSet {
	s, err := defaultRules()
	if err != nil {
		// The embedded file is checked by the package's tests.
		panic("procedures: the embedded leerkrediet rules are invalid: " + err.Error())
	}
	return s
}

// ParseLeerkredietRules reads and checks a leerkrediet rules file of the
// embedded file's format: every year once, every source cited present,
// every number in range, the dates real days. It returns a
// *auhl.ValidationError listing every problem.
func ParseLeerkredietRules(data []byte) (*LeerkredietRuleSet, error) {
	return decodeRules[LeerkredietRuleSet](data, false)
}

func (r LeerkredietRules) academicYear() auhl.AcademicYear { return r.AcademicYear }

// index sorts the years, so that For can search them.
func (s *LeerkredietRuleSet) index() {
	sortYears(s.Years)
}

// For returns the rules in force in academic year y. A year the rule set
// does not cover is a *auhl.ValidationError with a CodeYearUnknown
// problem: there is no fallback to another year.
func (s *LeerkredietRuleSet) For(y auhl.AcademicYear) (*LeerkredietRules, error) {
	return forYear(CodeYearUnknown, s.Years, y)
}

// find returns the rules of y, or nil.
func (s *LeerkredietRuleSet) find(y auhl.AcademicYear) *LeerkredietRules {
	return findYear(s.Years, y)
}

// unknownYear is the problem of a year the rule set does not cover.
func (s *LeerkredietRuleSet) unknownYear(path string, y auhl.AcademicYear) auhl.Problem {
	return yearUnknown(CodeYearUnknown, path, s.Years, y)
}

// source returns the source of a rule; a rule set that passed check has
// every source it cites.
func (s *LeerkredietRuleSet) source(b Basis) auhl.Source { return s.Sources[b.Source] }

// check validates the rule set.
func (s *LeerkredietRuleSet) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	checkHeader(&ve, s.Version, s.Sources, s.Years)
	for i := range s.Years {
		s.Years[i].check(&ve, auhl.Index("/years", i), s.Sources)
	}
	return &ve
}

// check validates one year's rules at path.
func (r *LeerkredietRules) check(ve *auhl.ValidationError, path string, sources map[string]auhl.Source) {
	basis := basisChecker(ve, sources)
	count := func(p string, n, lo int) {
		if n < lo || n > maxRuleCredits {
			ve.Add(p, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(n), "min": auhl.Int(lo), "max": auhl.Int(maxRuleCredits)})
		}
	}
	day := func(p string, m MonthDay) {
		if !m.valid() {
			ve.Add(p, CodeMonthDayFormat, auhl.Params{"value": auhl.Str(auhl.Clip(string(m)))})
		}
	}
	for _, c := range []struct {
		name string
		rule CreditsRule
		min  int
	}{{"start", r.Start, 1}, {"bonus", r.Bonus, 0}, {"bonusLostBelow", r.BonusLostBelow, 0}, {"masterDiploma", r.MasterDiploma, 0}} {
		count(path+"/"+c.name+"/credits", c.rule.Credits, c.min)
	}
	for _, f := range ruleFields {
		if f.name != "" {
			basis(path+"/"+f.name, f.basis(r))
		}
	}
	count(path+"/rebuild/perYear", r.Rebuild.PerYear, 1)
	count(path+"/rebuild/upTo", r.Rebuild.UpTo, 1)
	day(path+"/reorientation/fullBefore", r.Reorientation.FullBefore)
	day(path+"/reorientation/halfUntil", r.Reorientation.HalfUntil)
	if r.HigherFee.Euro < 0 || r.HigherFee.Euro > maxRuleEuro {
		ve.Add(path+"/higherFee/euro", auhl.CodeNumberRange, auhl.Params{"value": auhl.Num(r.HigherFee.Euro), "min": auhl.Int(0), "max": auhl.Int(maxRuleEuro)})
	}
	contractSeen := map[Contract]bool{}
	for i, sc := range r.Scope {
		p := auhl.Index(path+"/scope", i)
		if !sc.Contract.Valid() {
			ve.Add(p+"/contract", auhl.CodeRequired, nil)
		} else if contractSeen[sc.Contract] {
			ve.Add(p+"/contract", CodeRulesDuplicateContract, auhl.Params{"contract": auhl.Str(string(sc.Contract))})
		}
		contractSeen[sc.Contract] = true
		for j, pt := range sc.Programmes {
			if !pt.Valid() {
				ve.Add(auhl.Index(p+"/programmes", j), auhl.CodeRequired, nil)
			}
		}
		basis(p, sc.Basis)
	}
	for _, c := range contracts {
		if !contractSeen[c] {
			ve.Add(path+"/scope", CodeRulesMissingContract, auhl.Params{"contract": auhl.Str(string(c))})
		}
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

// ruleID names a rule of LeerkredietRules, for its source and its
// unconfirmed mark.
type ruleID uint8

// The rules a finding can rest on.
const (
	ruleStart ruleID = iota
	ruleScopeDiploma
	ruleScopeCredit
	ruleScopeExam
	ruleEarned
	ruleBonus
	ruleBonusLost
	ruleBachelor
	ruleMaster
	ruleRebuild
	ruleReorientation
	ruleInstitution
	ruleCreditDrop
	ruleForceMajeure
	ruleInsufficient
	ruleHigherFee
)

// basis returns what rule id rests on in r.
func (r *LeerkredietRules) basis(id ruleID) Basis { return ruleFields[id].basis(r) }

// ruleFields are the rules of a year by ruleID: the JSON name of the field
// that holds each ("" for the scope of a contract, one entry of the list
// "scope"), its name in the CodeUnconfirmed finding, and what it rests on.
var ruleFields = [...]struct {
	name  string
	label auhl.Text
	basis func(r *LeerkredietRules) Basis
}{
	ruleStart: {
		"start",
		auhl.Text{NL: "het startsaldo van het leerkrediet", EN: "the starting balance of the leerkrediet"},
		func(r *LeerkredietRules) Basis { return r.Start.Basis },
	},
	ruleScopeDiploma: {
		"",
		auhl.Text{NL: "welke opleidingen met een diplomacontract leerkrediet gebruiken", EN: "which programmes use leerkrediet on a diploma contract"},
		func(r *LeerkredietRules) Basis { return r.scope(DiplomaContract).Basis },
	},
	ruleScopeCredit: {
		"",
		auhl.Text{NL: "welke opleidingen met een creditcontract leerkrediet gebruiken", EN: "which programmes use leerkrediet on a credit contract"},
		func(r *LeerkredietRules) Basis { return r.scope(CreditContract).Basis },
	},
	ruleScopeExam: {
		"",
		auhl.Text{NL: "dat een examencontract geen leerkrediet gebruikt", EN: "that an exam contract uses no leerkrediet"},
		func(r *LeerkredietRules) Basis { return r.scope(ExamContract).Basis },
	},
	ruleEarned: {
		"earned",
		auhl.Text{NL: "dat alleen verworven studiepunten terugkomen", EN: "that only earned credits come back"},
		func(r *LeerkredietRules) Basis { return r.Earned },
	},
	ruleBonus: {
		"bonus",
		auhl.Text{NL: "de bonus op de eerste verworven studiepunten", EN: "the bonus on the first earned credits"},
		func(r *LeerkredietRules) Basis { return r.Bonus.Basis },
	},
	ruleBonusLost: {
		"bonusLostBelow",
		auhl.Text{NL: "het verlies van de bonus bij een onderbreking", EN: "the loss of the bonus on an interruption"},
		func(r *LeerkredietRules) Basis { return r.BonusLostBelow.Basis },
	},
	ruleBachelor: {
		"bachelorDiploma",
		auhl.Text{NL: "het effect van een bachelordiploma", EN: "the effect of a bachelor's diploma"},
		func(r *LeerkredietRules) Basis { return r.BachelorDiploma },
	},
	ruleMaster: {
		"masterDiploma",
		auhl.Text{NL: "de aftrek bij een masterdiploma", EN: "the deduction for a master's diploma"},
		func(r *LeerkredietRules) Basis { return r.MasterDiploma.Basis },
	},
	ruleRebuild: {
		"rebuild",
		auhl.Text{NL: "de automatische heropbouw", EN: "the automatic rebuild"},
		func(r *LeerkredietRules) Basis { return r.Rebuild.Basis },
	},
	ruleReorientation: {
		"reorientation",
		auhl.Text{NL: "de teruggave bij heroriëntering", EN: "the return on re-orientation"},
		func(r *LeerkredietRules) Basis { return r.Reorientation.Basis },
	},
	ruleInstitution: {
		"institutionReturn",
		auhl.Text{NL: "de teruggave door de instelling", EN: "the return by the institution"},
		func(r *LeerkredietRules) Basis { return r.InstitutionReturn },
	},
	ruleCreditDrop: {
		"creditContractDrop",
		auhl.Text{NL: "het verlies bij het stoppen met een creditcontract", EN: "the loss on leaving a credit contract"},
		func(r *LeerkredietRules) Basis { return r.CreditContractDrop },
	},
	ruleForceMajeure: {
		"forceMajeure",
		auhl.Text{NL: "de teruggave wegens overmacht", EN: "the return for force majeure"},
		func(r *LeerkredietRules) Basis { return r.ForceMajeure },
	},
	ruleInsufficient: {
		"insufficient",
		auhl.Text{NL: "de gevolgen van onvoldoende leerkrediet", EN: "what insufficient leerkrediet means"},
		func(r *LeerkredietRules) Basis { return r.Insufficient },
	},
	ruleHigherFee: {
		"higherFee",
		auhl.Text{NL: "het maximale verhoogde studiegeld per studiepunt", EN: "the maximum higher fee per credit"},
		func(r *LeerkredietRules) Basis { return r.HigherFee.Basis },
	},
}
