package procedures

import (
	_ "embed"
	"sort"
	"strconv"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

//go:embed data/language.json
var languageData []byte

// LanguageRuleSet is a rules file of the language requirements of AUHL
// (UHasselt and PXL) per academic year: the Dutch level of each kind of
// programme, the exemptions, the proofs and the CEFR level each proves, the
// English score bands and levels, and the AUHL language test (taaltest),
// each rule with the source it rests on. The embedded file
// (DefaultLanguageRules) covers 2024-2025 to 2026-2027;
// ParseLanguageRules reads a newer one of the same format.
type LanguageRuleSet struct {
	rules.File[auhl.AcademicYear, LanguageRules]
}

// LanguageRules are the language rules of one academic year: the year a
// candidate enrols in for the first time.
type LanguageRules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Dutch are the rules of Dutch-taught programmes.
	Dutch DutchLanguageRules `json:"dutch"`
	// English are the rules of English-taught programmes.
	English EnglishLanguageRules `json:"english"`
	// Proofs say, for every kind of proof, what it proves: exactly one rule
	// per ProofKind.
	Proofs []ProofRule `json:"proofs"`
	// Scores are the CEFR levels of the scores of the tests scored in
	// points (TOEFL, IELTS).
	Scores []ScoreBand `json:"scores"`
	// Test is the AUHL language test.
	Test LanguageTestRules `json:"test"`
}

// DutchLanguageRules are the rules of the Dutch-language condition (CHO
// art. II.193; UHasselt OER art. 3.1).
type DutchLanguageRules struct {
	// Requirement is the rule that only students with sufficient Dutch are
	// admitted to a first enrolment in a Dutch-taught programme.
	Requirement Basis `json:"requirement"`
	// Levels are the levels required per kind of programme, one per kind.
	Levels []LevelRule `json:"levels"`
	// CertificateMaxAge is the most academic years a certificate without a
	// validity date may be old (4).
	CertificateMaxAge AgeRule `json:"certificateMaxAge"`
	// ExemptionsAboveB2 is the rule that an exemption also meets a need
	// above B2 (the C1 of an educatieve master).
	ExemptionsAboveB2 Basis `json:"exemptionsAboveB2"`
	// OtherCommunities is the rule that a diploma from Wallonia or the
	// German-speaking Community does not exempt.
	OtherCommunities Basis `json:"otherCommunities"`
}

// EnglishLanguageRules are the rules of English-taught programmes
// (UHasselt OER art. 3.2).
type EnglishLanguageRules struct {
	// Requirement is the rule that a programme taught in another language
	// than Dutch requires a test of that language, set per programme.
	Requirement Basis `json:"requirement"`
	// Default is the level of a programme that Programmes does not list.
	Default LevelBasis `json:"default"`
	// Programmes are the levels of the programmes whose requirement is
	// known, by catalogue id; empty where nothing is known.
	Programmes []ProgrammeLevelRule `json:"programmes"`
}

// LevelRule is the Dutch level of a kind of programme.
type LevelRule struct {
	// Kind is the kind of programme.
	Kind ProgrammeKind `json:"kind"`
	// Level is the level required.
	Level CEFR `json:"level"`
	Basis
}

// LevelBasis is a required level.
type LevelBasis struct {
	// Level is the level.
	Level CEFR `json:"level"`
	Basis
}

// ProgrammeLevelRule is the English level of one programme.
type ProgrammeLevelRule struct {
	// Programme is the programme's catalogue id.
	Programme string `json:"programme"`
	// Level is the level required.
	Level CEFR `json:"level"`
	Basis
}

// AgeRule is a rule that is a number of academic years.
type AgeRule struct {
	// AcademicYears is the number of academic years.
	AcademicYears int `json:"academicYears"`
	Basis
}

// ProofRule says what a kind of proof proves.
type ProofRule struct {
	// Kind is the kind of proof.
	Kind ProofKind `json:"kind"`
	// Language is the language the kind proves; empty for a generic
	// certificate, whose language the proof gives.
	Language auhl.Lang `json:"language,omitempty"`
	// Level is the level the kind proves; empty where the proof gives it
	// (a generic certificate, the AUHL test) or its score does.
	Level CEFR `json:"level,omitempty"`
	// Exempts marks an exemption: it meets the language condition without
	// a level.
	Exempts bool `json:"exempts,omitempty"`
	// Refused marks a kind that does not count.
	Refused bool `json:"refused,omitempty"`
	// Certificate marks a certificate: without a validity date it may be
	// at most the language's CertificateMaxAge old.
	Certificate bool `json:"certificate,omitempty"`
	Basis
}

// ScoreBand is the CEFR level a test score proves from Min up.
type ScoreBand struct {
	// Kind is the test.
	Kind ProofKind `json:"kind"`
	// Level is the level proved.
	Level CEFR `json:"level"`
	// Min is the lowest score of the band.
	Min float64 `json:"min"`
	Basis
}

// LanguageTestRules are the rules of the AUHL language test (taaltest),
// based on the CNaVT exams.
type LanguageTestRules struct {
	// Exams are the CNaVT exams by level.
	Exams []TestExamRule `json:"exams"`
	// Sessions are the months of the sessions, in calendar order; the
	// exact days are announced per year.
	Sessions []SessionRule `json:"sessions"`
	// OncePerPeriod is the period of months in which a candidate may take
	// the test only once (May to September).
	OncePerPeriod PeriodRule `json:"oncePerPeriod"`
	// Registration is how to register.
	Registration RegistrationRule `json:"registration"`
	// Fees are the fees per level; a fee of 0 is not known.
	Fees []FeeRule `json:"fees"`
}

// TestExamRule is a CNaVT exam of the AUHL language test.
type TestExamRule struct {
	// Level is the level the exam proves.
	Level CEFR `json:"level"`
	// Exam is the CNaVT exam: "FORM", "STRT", "PROF".
	Exam string `json:"exam"`
	// Kind is the kind of programme it is meant for.
	Kind ProgrammeKind `json:"kind"`
	Basis
}

// SessionRule is a month with a session of the test.
type SessionRule struct {
	// Month is the month, 1 to 12.
	Month int `json:"month"`
	// Early marks a session early in the month.
	Early bool `json:"early,omitempty"`
	Basis
}

// PeriodRule is a period of months within a calendar year.
type PeriodRule struct {
	// FromMonth is the first month, 1 to 12.
	FromMonth int `json:"fromMonth"`
	// ToMonth is the last month, FromMonth to 12.
	ToMonth int `json:"toMonth"`
	Basis
}

// RegistrationRule is how to register for the test.
type RegistrationRule struct {
	// Contact is the address that gives the institution code.
	Contact string `json:"contact"`
	Basis
}

// FeeRule is the fee of the test at a level.
type FeeRule struct {
	// Level is the level.
	Level CEFR `json:"level"`
	// Euro is the fee; 0 where it is not known.
	Euro float64 `json:"euro,omitempty"`
	Basis
}

// languageFormat is the format of the language rules file.
var languageFormat = rules.Format[*LanguageRuleSet]{
	Name: "procedures/data/language.json", LabelPrefix: "procedures.language.rule",
	Check: func(c *rules.Checker, s *LanguageRuleSet) { s.Each(c, (*LanguageRules).check) },
	Index: func(s *LanguageRuleSet) {
		// The score bands highest level first, the sessions in calendar
		// order.
		for i := range s.Years {
			r := &s.Years[i]
			sort.SliceStable(r.Scores, func(a, b int) bool { return r.Scores[a].Min > r.Scores[b].Min })
			sort.SliceStable(r.Test.Sessions, func(a, b int) bool { return r.Test.Sessions[a].Month < r.Test.Sessions[b].Month })
		}
	},
}

var defaultLanguageRules = languageFormat.Embedded(languageData, new(LanguageRuleSet))

// DefaultLanguageRules returns the embedded language rules, parsed once
// and shared: treat them as read-only.
func DefaultLanguageRules() *LanguageRuleSet { return defaultLanguageRules() }

// ParseLanguageRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every level a CEFR
// level, one level rule per kind of programme, one proof rule per kind of
// proof with the language the kind proves, months real months. It returns
// a *auhl.ValidationError listing every problem.
func ParseLanguageRules(data []byte) (*LanguageRuleSet, error) {
	return languageFormat.Parse(data, new(LanguageRuleSet))
}

// maxEuro bounds a fee of a rules file, against typos.
const maxEuro = 10000

// maxScore bounds a score of a rules file or a proof, against typos; it is
// no fact about any test.
const maxScore = 1000

// check checks one year's rules.
func (r *LanguageRules) check(c *rules.Checker) {
	level := func(p string, l CEFR, required bool) {
		if l != "" || required {
			c.Enum(p, string(l), auhl.Strings(cefrLevels)...)
		}
	}

	d := &r.Dutch
	kinds := make(rules.Entries)
	for i, l := range d.Levels {
		p := auhl.Index("/dutch/levels", i)
		c.Require(p+"/kind", l.Kind.Valid())
		if l.Kind.Valid() {
			kinds.Once(c, p+"/kind", string(l.Kind))
		}
		level(p+"/level", l.Level, true)
	}
	kinds.All(c, "/dutch/levels", auhl.Strings(programmeKinds)...)
	c.Range("/dutch/certificateMaxAge/academicYears", d.CertificateMaxAge.AcademicYears, 1, 50)

	e := &r.English
	level("/english/default/level", e.Default.Level, true)
	progs := make(rules.Entries)
	for i, pr := range e.Programmes {
		p := auhl.Index("/english/programmes", i)
		c.Text(p+"/programme", pr.Programme)
		if pr.Programme != "" {
			progs.Once(c, p+"/programme", pr.Programme)
		}
		level(p+"/level", pr.Level, true)
	}

	proofs := make(rules.Entries)
	for i, pr := range r.Proofs {
		p := auhl.Index("/proofs", i)
		c.Require(p+"/kind", pr.Kind.Valid())
		if pr.Kind.Valid() {
			proofs.Once(c, p+"/kind", string(pr.Kind))
			if pr.Language != pr.Kind.impliedLanguage() {
				c.Add(p+"/language", CodeLanguageProofLanguage, auhl.Params{"language": auhl.Str(auhl.Clip(string(pr.Language))), "kind": auhl.Str(string(pr.Kind))})
			}
		}
		level(p+"/level", pr.Level, false)
	}
	proofs.All(c, "/proofs", auhl.Strings(proofKinds)...)
	for i, b := range r.Scores {
		p := auhl.Index("/scores", i)
		if !b.Kind.scored() {
			c.Enum(p+"/kind", string(b.Kind), auhl.Strings(scoredKinds)...)
		}
		level(p+"/level", b.Level, true)
		c.RangeNum(p+"/min", b.Min, 0, maxScore)
	}

	t := &r.Test
	exams := make(rules.Entries)
	for i, x := range t.Exams {
		p := auhl.Index("/test/exams", i)
		level(p+"/level", x.Level, true)
		exams.Once(c, p+"/level", string(x.Level))
		c.Text(p+"/exam", x.Exam)
		c.Require(p+"/kind", x.Kind.Valid())
	}
	c.Require("/test/exams", len(t.Exams) > 0)
	c.Require("/test/sessions", len(t.Sessions) > 0)
	months := make(rules.Entries)
	for i, x := range t.Sessions {
		p := auhl.Index("/test/sessions", i)
		c.Range(p+"/month", x.Month, 1, 12)
		months.Once(c, p+"/month", strconv.Itoa(x.Month))
	}
	c.Range("/test/oncePerPeriod/fromMonth", t.OncePerPeriod.FromMonth, 1, 12)
	c.Range("/test/oncePerPeriod/toMonth", t.OncePerPeriod.ToMonth, max(1, t.OncePerPeriod.FromMonth), 12)
	c.Text("/test/registration/contact", t.Registration.Contact)
	fees := make(rules.Entries)
	for i, f := range t.Fees {
		p := auhl.Index("/test/fees", i)
		level(p+"/level", f.Level, true)
		fees.Once(c, p+"/level", string(f.Level))
		c.RangeNum(p+"/euro", f.Euro, 0, maxEuro)
	}
}

// proofRule returns the rule of kind k; every checked rule set has one.
func (r *LanguageRules) proofRule(k ProofKind) (ProofRule, bool) {
	for _, p := range r.Proofs {
		if p.Kind == k {
			return p, true
		}
	}
	return ProofRule{}, false
}

// levelRule returns the Dutch level rule of kind k.
func (r *LanguageRules) levelRule(k ProgrammeKind) (LevelRule, bool) {
	for _, l := range r.Dutch.Levels {
		if l.Kind == k {
			return l, true
		}
	}
	return LevelRule{}, false
}

// exam returns the test's exam at level l.
func (r *LanguageRules) exam(l CEFR) (TestExamRule, bool) {
	for _, x := range r.Test.Exams {
		if x.Level == l {
			return x, true
		}
	}
	return TestExamRule{}, false
}

// fee returns the test's fee at level l.
func (r *LanguageRules) fee(l CEFR) (FeeRule, bool) {
	for _, f := range r.Test.Fees {
		if f.Level == l {
			return f, true
		}
	}
	return FeeRule{}, false
}
