package procedures

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/auhl/auhl-go/auhl"
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
	// Version is the release of the data, such as "2025.1".
	Version string `json:"version"`
	// Note says where the data comes from.
	Note string `json:"note,omitempty"`
	// Sources are the sources the rules cite, by id.
	Sources map[string]auhl.Source `json:"sources"`
	// Years are the rules of each academic year.
	Years []LanguageRules `json:"years"`
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

	// sources are the rule set's sources, set by index.
	sources map[string]auhl.Source
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

var defaultLanguageRules = sync.OnceValues(func() (*LanguageRuleSet, error) {
	return decodeRules[LanguageRuleSet](languageData, true)
})

// DefaultLanguageRules returns the embedded language rules, parsed once
// and shared: treat them as read-only.
func DefaultLanguageRules() *LanguageRuleSet {
	s, err := defaultLanguageRules()
	if err != nil {
		// The embedded file is checked by the package's tests.
		panic("procedures: the embedded language rules are invalid: " + err.Error())
	}
	return s
}

// ParseLanguageRules reads and checks a rules file of the embedded file's
// format: every year once, every source cited present, every level a CEFR
// level, one level rule per kind of programme, one proof rule per kind of
// proof with the language the kind proves, months real months. It returns a *auhl.ValidationError listing
// every problem.
func ParseLanguageRules(data []byte) (*LanguageRuleSet, error) {
	return decodeRules[LanguageRuleSet](data, false)
}

func (r LanguageRules) academicYear() auhl.AcademicYear { return r.AcademicYear }

// index sorts the years, the score bands (highest level first) and the
// sessions, and gives every year the sources.
func (s *LanguageRuleSet) index() {
	sortYears(s.Years)
	for i := range s.Years {
		r := &s.Years[i]
		r.sources = s.Sources
		sort.SliceStable(r.Scores, func(a, b int) bool { return r.Scores[a].Min > r.Scores[b].Min })
		sort.SliceStable(r.Test.Sessions, func(a, b int) bool { return r.Test.Sessions[a].Month < r.Test.Sessions[b].Month })
	}
}

// For returns the rules in force in academic year y. A year the rule set
// does not cover is a *auhl.ValidationError with a CodeProceduresYearUnknown
// problem: there is no fallback to another year.
func (s *LanguageRuleSet) For(y auhl.AcademicYear) (*LanguageRules, error) {
	return forYear(CodeProceduresYearUnknown, s.Years, y)
}

func (s *LanguageRuleSet) find(y auhl.AcademicYear) *LanguageRules {
	return findYear(s.Years, y)
}

func (s *LanguageRuleSet) unknownYear(path string, y auhl.AcademicYear) auhl.Problem {
	return yearUnknown(CodeProceduresYearUnknown, path, s.Years, y)
}

// maxEuro bounds a fee of a rules file, against typos.
const maxEuro = 10000

// maxScore bounds a score of a rules file or a proof, against typos; it is
// no fact about any test.
const maxScore = 1000

// check validates the rule set.
func (s *LanguageRuleSet) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	checkHeader(&ve, s.Version, s.Sources, s.Years)
	for i := range s.Years {
		s.Years[i].check(&ve, auhl.Index("/years", i), s.Sources)
	}
	return &ve
}

// check validates one year's rules at path.
func (r *LanguageRules) check(ve *auhl.ValidationError, path string, sources map[string]auhl.Source) {
	basis := basisChecker(ve, sources)
	level := func(p string, l CEFR, required bool) {
		if l == "" && !required {
			return
		}
		if !l.Valid() {
			ve.Add(p, auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(l))), "allowed": auhl.Str(joinEnum(cefrLevels))})
		}
	}
	rng := func(p string, v float64, lo, hi int) {
		if v < float64(lo) || v > float64(hi) {
			ve.Add(p, auhl.CodeNumberRange, auhl.Params{"value": auhl.Num(v), "min": auhl.Int(lo), "max": auhl.Int(hi)})
		}
	}
	dup := func(p string, seen map[string]bool, v string) {
		if seen[v] {
			ve.Add(p, CodeRulesDuplicateEntry, auhl.Params{"value": auhl.Str(auhl.Clip(v))})
		}
		seen[v] = true
	}

	d, dp := &r.Dutch, path+"/dutch"
	basis(dp+"/requirement", d.Requirement)
	kinds := map[string]bool{}
	for i, l := range d.Levels {
		p := auhl.Index(dp+"/levels", i)
		if !l.Kind.Valid() {
			ve.Add(p+"/kind", auhl.CodeRequired, nil)
		} else {
			dup(p+"/kind", kinds, string(l.Kind))
		}
		level(p+"/level", l.Level, true)
		basis(p, l.Basis)
	}
	for _, k := range programmeKinds {
		if !kinds[string(k)] {
			ve.Add(dp+"/levels", CodeRulesMissingEntry, auhl.Params{"value": auhl.Str(string(k))})
		}
	}
	rng(dp+"/certificateMaxAge/academicYears", float64(d.CertificateMaxAge.AcademicYears), 1, 50)
	basis(dp+"/certificateMaxAge", d.CertificateMaxAge.Basis)
	basis(dp+"/exemptionsAboveB2", d.ExemptionsAboveB2)
	basis(dp+"/otherCommunities", d.OtherCommunities)

	e, ep := &r.English, path+"/english"
	basis(ep+"/requirement", e.Requirement)
	level(ep+"/default/level", e.Default.Level, true)
	basis(ep+"/default", e.Default.Basis)
	progs := map[string]bool{}
	for i, pr := range e.Programmes {
		p := auhl.Index(ep+"/programmes", i)
		if strings.TrimSpace(pr.Programme) == "" {
			ve.Add(p+"/programme", auhl.CodeRequired, nil)
		} else {
			dup(p+"/programme", progs, pr.Programme)
		}
		level(p+"/level", pr.Level, true)
		basis(p, pr.Basis)
	}

	proofs := map[string]bool{}
	for i, pr := range r.Proofs {
		p := auhl.Index(path+"/proofs", i)
		if !pr.Kind.Valid() {
			ve.Add(p+"/kind", auhl.CodeRequired, nil)
		} else {
			dup(p+"/kind", proofs, string(pr.Kind))
		}
		if pr.Kind.Valid() && pr.Language != pr.Kind.impliedLanguage() {
			ve.Add(p+"/language", CodeLanguageProofLanguage, auhl.Params{"language": auhl.Str(auhl.Clip(string(pr.Language))), "kind": auhl.Str(string(pr.Kind))})
		}
		level(p+"/level", pr.Level, false)
		basis(p, pr.Basis)
	}
	for _, k := range proofKinds {
		if !proofs[string(k)] {
			ve.Add(path+"/proofs", CodeRulesMissingEntry, auhl.Params{"value": auhl.Str(string(k))})
		}
	}
	for i, b := range r.Scores {
		p := auhl.Index(path+"/scores", i)
		if !b.Kind.scored() {
			ve.Add(p+"/kind", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(b.Kind))), "allowed": auhl.Str(joinEnum(scoredKinds))})
		}
		level(p+"/level", b.Level, true)
		rng(p+"/min", b.Min, 0, maxScore)
		basis(p, b.Basis)
	}

	t, tp := &r.Test, path+"/test"
	exams := map[string]bool{}
	for i, x := range t.Exams {
		p := auhl.Index(tp+"/exams", i)
		level(p+"/level", x.Level, true)
		dup(p+"/level", exams, string(x.Level))
		if strings.TrimSpace(x.Exam) == "" {
			ve.Add(p+"/exam", auhl.CodeRequired, nil)
		}
		if !x.Kind.Valid() {
			ve.Add(p+"/kind", auhl.CodeRequired, nil)
		}
		basis(p, x.Basis)
	}
	if len(t.Exams) == 0 {
		ve.Add(tp+"/exams", auhl.CodeRequired, nil)
	}
	if len(t.Sessions) == 0 {
		ve.Add(tp+"/sessions", auhl.CodeRequired, nil)
	}
	months := map[string]bool{}
	for i, x := range t.Sessions {
		p := auhl.Index(tp+"/sessions", i)
		rng(p+"/month", float64(x.Month), 1, 12)
		dup(p+"/month", months, strconv.Itoa(x.Month))
		basis(p, x.Basis)
	}
	rng(tp+"/oncePerPeriod/fromMonth", float64(t.OncePerPeriod.FromMonth), 1, 12)
	rng(tp+"/oncePerPeriod/toMonth", float64(t.OncePerPeriod.ToMonth), max(1, t.OncePerPeriod.FromMonth), 12)
	basis(tp+"/oncePerPeriod", t.OncePerPeriod.Basis)
	if strings.TrimSpace(t.Registration.Contact) == "" {
		ve.Add(tp+"/registration/contact", auhl.CodeRequired, nil)
	}
	basis(tp+"/registration", t.Registration.Basis)
	fees := map[string]bool{}
	for i, f := range t.Fees {
		p := auhl.Index(tp+"/fees", i)
		level(p+"/level", f.Level, true)
		dup(p+"/level", fees, string(f.Level))
		rng(p+"/euro", f.Euro, 0, maxEuro)
		basis(p, f.Basis)
	}
}

// source returns the source of b.
func (r *LanguageRules) source(b Basis) auhl.Source { return r.sources[b.Source] }

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
