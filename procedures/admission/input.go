package admission

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/internal/contract"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// MaxApplicantBytes is the largest applicant document DecodeApplicant
// reads.
const MaxApplicantBytes = 64 << 10

// The bounds of an applicant's lists.
const (
	maxDiplomas   = 20
	maxProofs     = 20
	maxTests      = 50
	maxConnecting = 200
)

// Validate checks the applicant without the rules of any year: the
// academic year given; a known contract; an age from 0 to 120; at most 20
// diplomas, 20 language proofs and 50 tests; each diploma and test of a
// known kind, of a year no later than the applicant's (a diploma's month
// of issue from 0 to 12), with only the
// fields its kind has (a qualification of 3 or 4 only on a Flemish
// secondary diploma, Lisbon, access at home, professional-only access
// (with access at home) and a named diploma only on a foreign one, the
// name on a propedeuse,
// lessons on an adult-education certificate, the programme of a schakel
// certificate, the masters a bachelor connects to only on an academic
// bachelor; scores from 0 to 100 and the ranking only on an entrance exam,
// the programme on an artistic test, shortfalls only on the starttoets).
// Whether a secondary diploma may state a qualification depends on the
// year's rules and is checked by Decide. It returns a
// *auhl.ValidationError, or nil.
func (a Applicant) Validate() error { return a.check().Err() }

func (a *Applicant) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	rng := func(path string, v, lo, hi int) {
		if v < lo || v > hi {
			ve.Add(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(v), "min": auhl.Int(lo), "max": auhl.Int(hi)})
		}
	}
	notAllowed := func(path, field, kind string) {
		ve.Add(path+"/"+field, CodeFieldNotAllowed, auhl.Params{"field": auhl.Str(field), "kind": auhl.Str(kind)})
	}
	notAfter := func(path string, y auhl.AcademicYear) {
		if y.IsZero() {
			ve.Add(path, auhl.CodeRequired, nil)
		} else if !a.AcademicYear.IsZero() && y.Compare(a.AcademicYear) > 0 {
			ve.Add(path, CodeAfterYear, auhl.Params{"year": auhl.Str(y.String()), "applicant": auhl.Str(a.AcademicYear.String())})
		}
	}
	if a.AcademicYear.IsZero() {
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	}
	if a.Contract != "" && !a.Contract.Valid() {
		ve.Add("/contract", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(a.Contract))), "allowed": auhl.Str(enum.Join(contract.All))})
	}
	rng("/age", a.Age, 0, 120)
	rng("/diplomas", len(a.Diplomas), 0, maxDiplomas)
	rng("/languageProofs", len(a.LanguageProofs), 0, maxProofs)
	rng("/tests", len(a.Tests), 0, maxTests)
	for i, d := range a.Diplomas {
		if i == maxDiplomas {
			break
		}
		p := auhl.Index("/diplomas", i)
		kind := string(d.Kind)
		if !d.Kind.Valid() {
			ve.Add(p+"/kind", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(kind)), "allowed": auhl.Str(enum.Join(diplomaKinds))})
		}
		notAfter(p+"/issued", d.Issued)
		rng(p+"/month", d.Month, 0, 12)
		switch {
		case d.Qualification == 0:
		case d.Kind != DiplomaSecondary || d.Foreign:
			notAllowed(p, "qualification", kind)
		case d.Qualification != 3 && d.Qualification != 4:
			rng(p+"/qualification", d.Qualification, 3, 4)
		}
		if !d.Foreign {
			for _, f := range []struct {
				name string
				set  bool
			}{{"lisbon", d.Lisbon}, {"accessAtHome", d.AccessAtHome}, {"professionalOnly", d.ProfessionalOnly}, {"named", d.Named != ""}} {
				if f.set {
					notAllowed(p, f.name, kind)
				}
			}
		} else if d.ProfessionalOnly && !d.AccessAtHome {
			notAllowed(p, "professionalOnly", kind)
		}
		if d.Kind == DiplomaPropedeuse && strings.TrimSpace(d.Named) == "" {
			ve.Add(p+"/named", auhl.CodeRequired, nil)
		}
		if d.Kind == DiplomaAdultEducation {
			rng(p+"/lessons", d.Lessons, 1, 100000)
		} else if d.Lessons != 0 {
			notAllowed(p, "lessons", kind)
		}
		if d.Kind == DiplomaSchakelCertificate {
			if strings.TrimSpace(d.Programme) == "" {
				ve.Add(p+"/programme", auhl.CodeRequired, nil)
			}
		} else if d.Programme != "" {
			notAllowed(p, "programme", kind)
		}
		if d.Kind != DiplomaAcademicBachelor && len(d.ConnectsTo) > 0 {
			notAllowed(p, "connectsTo", kind)
		}
		rng(p+"/connectsTo", len(d.ConnectsTo), 0, maxConnecting)
		for j, id := range d.ConnectsTo {
			if j < maxConnecting && strings.TrimSpace(id) == "" {
				ve.Add(auhl.Index(p+"/connectsTo", j), auhl.CodeRequired, nil)
			}
		}
	}
	for i := range a.LanguageProofs {
		if i == maxProofs {
			break
		}
		ve.Merge(auhl.Index("/languageProofs", i), a.LanguageProofs[i].Validate())
	}
	for i, t := range a.Tests {
		if i == maxTests {
			break
		}
		p := auhl.Index("/tests", i)
		kind := string(t.Test)
		if !t.Test.Valid() {
			ve.Add(p+"/test", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(kind)), "allowed": auhl.Str(enum.Join(testKinds))})
		}
		notAfter(p+"/academicYear", t.AcademicYear)
		exam := t.Test == TestArts || t.Test == TestTandarts
		for _, s := range []struct {
			field string
			v     float64
		}{{"knowledge", t.Knowledge}, {"generic", t.Generic}} {
			switch {
			case !exam && s.v != 0:
				notAllowed(p, s.field, kind)
			case s.v != s.v: // NaN, which no JSON gives
				ve.Add(p+"/"+s.field, auhl.CodeNumberRange, auhl.Params{"value": auhl.Num(-1), "min": auhl.Int(0), "max": auhl.Int(100)})
			case s.v < 0 || s.v > 100:
				ve.Add(p+"/"+s.field, auhl.CodeNumberRange, auhl.Params{"value": auhl.Num(s.v), "min": auhl.Int(0), "max": auhl.Int(100)})
			}
		}
		if !exam && t.Ranked {
			notAllowed(p, "ranked", kind)
		}
		if t.Passed && t.Test != TestArtistic && t.Test != TestGraduaat && t.Test != TestCompetenceCheck {
			notAllowed(p, "passed", kind)
		}
		if t.Shortfalls && t.Test != TestStarttoets {
			notAllowed(p, "shortfalls", kind)
		}
		if t.Test == TestArtistic {
			if strings.TrimSpace(t.Programme) == "" {
				ve.Add(p+"/programme", auhl.CodeRequired, nil)
			}
		} else if t.Programme != "" {
			notAllowed(p, "programme", kind)
		}
	}
	return &ve
}
