package language

import (
	"sort"
	"strconv"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// RulesFile is a rules file of the language requirements of AUHL
// (UHasselt and PXL) per academic year: the Dutch level of each kind of
// programme, the exemptions, the proofs and the CEFR level each proves, the
// English score bands and levels, and the AUHL language test (taaltest),
// each rule with the source it rests on. The embedded file
// (Default) covers 2024-2025 to 2026-2027;
// DecodeRules reads a newer one of the same format.
type RulesFile struct {
	rules.File[auhl.AcademicYear, Rules]
}

// Rules are the language rules of one academic year: the year a
// candidate enrols in for the first time.
type Rules struct {
	// AcademicYear is the year the rules are in force.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// Dutch are the rules of Dutch-taught programmes.
	Dutch dutchRules `json:"dutch"`
	// English are the rules of English-taught programmes.
	English englishRules `json:"english"`
	// Proofs say, for every kind of proof, what it proves: exactly one rule
	// per ProofKind.
	Proofs []proofRule `json:"proofs"`
	// Scores are the CEFR levels of the scores of the tests scored in
	// points (TOEFL, IELTS).
	Scores []scoreBand `json:"scores"`
	// Test is the AUHL language test.
	Test testRules `json:"test"`
}

// dutchRules are the rules of the Dutch-language condition (CHO
// art. II.193; UHasselt OER art. 3.1).
type dutchRules struct {
	// Requirement is the rule that only students with sufficient Dutch are
	// admitted to a first enrolment in a Dutch-taught programme.
	Requirement rules.Basis `json:"requirement"`
	// Levels are the levels required per kind of programme, one per kind.
	Levels []levelRule `json:"levels"`
	// CertificateMaxAge is the most academic years a certificate without a
	// validity date may be old (4).
	CertificateMaxAge ageRule `json:"certificateMaxAge"`
	// ExemptionsAboveB2 is the rule that an exemption also meets a need
	// above B2 (the C1 of an educatieve master).
	ExemptionsAboveB2 rules.Basis `json:"exemptionsAboveB2"`
	// OtherCommunities is the rule that a diploma from Wallonia or the
	// German-speaking Community does not exempt.
	OtherCommunities rules.Basis `json:"otherCommunities"`
}

// englishRules are the rules of English-taught programmes
// (UHasselt OER art. 3.2).
type englishRules struct {
	// Requirement is the rule that a programme taught in another language
	// than Dutch requires a test of that language, set per programme.
	Requirement rules.Basis `json:"requirement"`
	// Default is the level of a programme that Programmes does not list.
	Default levelBasis `json:"default"`
	// Programmes are the levels of the programmes whose requirement is
	// known, by catalogue id; empty where nothing is known.
	Programmes []programmeLevelRule `json:"programmes"`
}

// levelRule is the Dutch level of a kind of programme.
type levelRule struct {
	// Kind is the kind of programme.
	Kind ProgrammeKind `json:"kind"`
	// Level is the level required.
	Level CEFR `json:"level"`
	rules.Basis
}

// levelBasis is a required level.
type levelBasis struct {
	// Level is the level.
	Level CEFR `json:"level"`
	rules.Basis
}

// programmeLevelRule is the English level of one programme.
type programmeLevelRule struct {
	// Programme is the programme's catalogue id.
	Programme string `json:"programme"`
	// Level is the level required.
	Level CEFR `json:"level"`
	rules.Basis
}

// ageRule is a rule that is a number of academic years.
type ageRule struct {
	// AcademicYears is the number of academic years.
	AcademicYears int `json:"academicYears"`
	rules.Basis
}

// proofRule says what a kind of proof proves.
type proofRule struct {
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
	rules.Basis
}

// scoreBand is the CEFR level a test score proves from Min up.
type scoreBand struct {
	// Kind is the test.
	Kind ProofKind `json:"kind"`
	// Level is the level proved.
	Level CEFR `json:"level"`
	// Min is the lowest score of the band.
	Min float64 `json:"min"`
	rules.Basis
}

// testRules are the rules of the AUHL language test (taaltest),
// based on the CNaVT exams.
type testRules struct {
	// Exams are the CNaVT exams by level.
	Exams []testExamRule `json:"exams"`
	// Sessions are the months of the sessions, in calendar order; the
	// exact days are announced per year.
	Sessions []sessionRule `json:"sessions"`
	// OncePerPeriod is the period of months in which a candidate may take
	// the test only once (May to September).
	OncePerPeriod periodRule `json:"oncePerPeriod"`
	// Registration is how to register.
	Registration registrationRule `json:"registration"`
	// Fees are the fees per level; a fee of 0 is not known.
	Fees []feeRule `json:"fees"`
}

// testExamRule is a CNaVT exam of the AUHL language test.
type testExamRule struct {
	// Level is the level the exam proves.
	Level CEFR `json:"level"`
	// Exam is the CNaVT exam: "FORM", "STRT", "PROF".
	Exam string `json:"exam"`
	// Kind is the kind of programme it is meant for.
	Kind ProgrammeKind `json:"kind"`
	rules.Basis
}

// sessionRule is a month with a session of the test.
type sessionRule struct {
	// Month is the month, 1 to 12.
	Month int `json:"month"`
	// Early marks a session early in the month.
	Early bool `json:"early,omitempty"`
	rules.Basis
}

// periodRule is a period of months within a calendar year.
type periodRule struct {
	// FromMonth is the first month, 1 to 12.
	FromMonth int `json:"fromMonth"`
	// ToMonth is the last month, FromMonth to 12.
	ToMonth int `json:"toMonth"`
	rules.Basis
}

// registrationRule is how to register for the test.
type registrationRule struct {
	// Contact is the address that gives the institution code.
	Contact string `json:"contact"`
	rules.Basis
}

// feeRule is the fee of the test at a level.
type feeRule struct {
	// Level is the level.
	Level CEFR `json:"level"`
	// Euro is the fee; 0 where it is not known.
	Euro float64 `json:"euro,omitempty"`
	rules.Basis
}

// format is the format of the language rules file.
var format = rules.Format[*RulesFile]{
	Name: "procedures/data/language.json", LabelPrefix: "procedures.language.rule",
	Check: func(c *rules.Checker, s *RulesFile) { s.Each(c, (*Rules).check) },
	Index: func(s *RulesFile) {
		// The score bands highest level first, the sessions in calendar
		// order.
		for i := range s.Years {
			r := &s.Years[i]
			sort.SliceStable(r.Scores, func(a, b int) bool { return r.Scores[a].Min > r.Scores[b].Min })
			sort.SliceStable(r.Test.Sessions, func(a, b int) bool { return r.Test.Sessions[a].Month < r.Test.Sessions[b].Month })
		}
	},
}

//go:generate go test -run=^TestGenerated$ -update .

// defaultRules are data/language.json, held as generated Go values
// (data_gen.go) that TestGenerated holds equal to the file.
var defaultRules = format.Generated(&generatedRules)

// Default returns the embedded language rules, parsed once
// and shared: treat them as read-only.
func Default() *RulesFile { return defaultRules() }

// maxEuro bounds a fee of a rules file, against typos.
const maxEuro = 10000

// maxScore bounds a score of a rules file or a proof, against typos; it is
// no fact about any test.
const maxScore = 1000

// check checks one year's rules.
func (r *Rules) check(c *rules.Checker) {
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
				c.Add(p+"/language", CodeProofLanguage, auhl.Params{"language": auhl.Str(auhl.Clip(string(pr.Language))), "kind": auhl.Str(string(pr.Kind))})
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
func (r *Rules) proofRule(k ProofKind) (proofRule, bool) {
	for _, p := range r.Proofs {
		if p.Kind == k {
			return p, true
		}
	}
	return proofRule{}, false
}

// Exempts reports whether a proof of kind k exempts from the Dutch
// language condition under these rules (a school year of Dutch-language
// secondary education, 60 credits of Dutch-language higher education, an
// AUHL partner's certificate), rather than proving a level.
func (r *Rules) Exempts(k ProofKind) bool {
	p, ok := r.proofRule(k)
	return ok && p.Exempts && !p.Refused
}

// levelRule returns the Dutch level rule of kind k.
func (r *Rules) levelRule(k ProgrammeKind) (levelRule, bool) {
	for _, l := range r.Dutch.Levels {
		if l.Kind == k {
			return l, true
		}
	}
	return levelRule{}, false
}

// exam returns the test's exam at level l.
func (r *Rules) exam(l CEFR) (testExamRule, bool) {
	for _, x := range r.Test.Exams {
		if x.Level == l {
			return x, true
		}
	}
	return testExamRule{}, false
}

// fee returns the test's fee at level l.
func (r *Rules) fee(l CEFR) (feeRule, bool) {
	for _, f := range r.Test.Fees {
		if f.Level == l {
			return f, true
		}
	}
	return feeRule{}, false
}
