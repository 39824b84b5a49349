package procedures

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/rules"
)

func TestRules(t *testing.T) {
	for _, y := range []string{y24, y25, y26} {
		t.Run(y, func(t *testing.T) {
			r, err := Rules(year(y))
			require.NoError(t, err)
			assert.Equal(t, year(y), r.AcademicYear)
			assert.Equal(t, year(y), r.Admission.AcademicYear)
			assert.Equal(t, year(y), r.Language.AcademicYear)
			assert.Equal(t, year(y), r.Leerkrediet.AcademicYear)
			assert.Equal(t, year(y), r.Progress.AcademicYear)
			assert.NotEmpty(t, r.Afwijkend.Windows)
			assert.Equal(t, 3, r.EVC.Assessors.Count)

			got := map[string]UnconfirmedRule{}
			for _, u := range r.Unconfirmed() {
				assert.NotEmpty(t, u.Note, u.Area+u.Path)
				assert.NotEmpty(t, u.Source.Title, u.Area+u.Path)
				got[u.Area+u.Path] = u
			}
			// Rules marked [?], [D] or weak in the domain notes are listed…
			for _, want := range []string{
				"admission/secondary/bachelor",
				"admission/foreign/lisbon",
				"admission/ownConditions",
				"afwijkend/grounds/1",
				"evc/appeal",
				"leerkrediet/higherFee",
			} {
				assert.Contains(t, got, want)
			}
			// …and [V] rules are not.
			for _, not := range []string{
				"admission/secondary/graduaat",
				"admission/master/schakel",
				"admission/artisticTest",
				"leerkrediet/reorientation",
			} {
				assert.NotContains(t, got, not)
			}
		})
	}
}

func TestRulesUnknownYear(t *testing.T) {
	_, err := Rules(year(y27))
	require.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	var paths []string
	for _, p := range ve.Problems {
		assert.Equal(t, CodeProceduresYearUnknown, p.Code)
		assert.Equal(t, y27, p.Params["period"].String())
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"/admission", "/language", "/afwijkend", "/leerkrediet", "/progress"}, paths)
}

// TestWalkFindsEveryRule checks the walk on a year's rules: each Basis of
// the year's rules is found, with its pointer.
func TestWalkFindsEveryRule(t *testing.T) {
	r, err := DefaultAdmissionRules().For(year(y25))
	require.NoError(t, err)
	var paths []string
	rules.Walk(r, func(p string, b *Basis) { paths = append(paths, p) })
	assert.Contains(t, paths, "/secondary/diploma")
	assert.Contains(t, paths, "/secondary/bachelor")
	assert.Contains(t, paths, "/master/schakel")
	assert.Contains(t, paths, "/entranceExam/programmes/0")
	assert.Contains(t, paths, "/contracts/1/credit")
	assert.Len(t, paths, 30)
}

// FuzzParseRules feeds a rules parser (which picks it) bytes: none panics,
// a rejected file is ErrInvalid, and an accepted one serves a decision in
// each of its years without panicking.
func FuzzParseRules(f *testing.F) {
	for i, d := range [][]byte{admissionData, languageData, progressData, leerkredietData, proceduresData} {
		f.Add(uint8(i), d)
	}
	f.Add(uint8(0), []byte(`{"version": "1", "sources": {}, "years": [{"academicYear": "2025-2026"}]}`))
	cat := catalog.Default()
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		ok := func(err error) bool {
			if err != nil && !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("an error that is not ErrInvalid: %v", err)
			}
			return err == nil
		}
		switch which % 5 {
		case 0:
			s, err := ParseAdmissionRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				for _, id := range []string{"uhasselt-ba-geneeskunde", "pxl-pba-lager-onderwijs", "uhasselt-ma-informatica"} {
					p, _ := cat.ByID(id)
					a := Applicant{AcademicYear: y.AcademicYear, Age: 18, Diplomas: []Diploma{{Kind: DiplomaProfessionalBachelor, Issued: y.AcademicYear}}}
					_, err := s.Decide(DefaultLanguageRules(), a, p)
					ok(err)
				}
			}
		case 1:
			s, err := ParseLanguageRules(data)
			if !ok(err) {
				return
			}
			for i := range s.Years {
				r := &s.Years[i]
				for _, p := range cat.Programmes[:20] {
					for _, n := range r.Needs(p) {
						r.Check(n, []LanguageProof{{Kind: ProofIELTS, Score: 6}, {Kind: ProofCNaVTSTRT}}, r.AcademicYear)
					}
				}
				_, err := s.CheckRegistration(LanguageTestRegistration{Session: MonthDay("05-20").inCalendarYear(r.AcademicYear.Start())})
				ok(err)
			}
		case 2:
			s, err := ParseProgressRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				for _, inst := range []auhl.Institution{auhl.UHasselt, auhl.PXL} {
					_, err := s.Decide(ProgressRecord{Institution: inst, Cohort: y.AcademicYear.Prev(),
						Enrolments: []ProgressEnrolment{{AcademicYear: y.AcademicYear.Prev(), Enrolled: 60, Earned: 20, DrempelpakketOpen: 40}}})
					ok(err)
				}
			}
		case 3:
			s, err := ParseLeerkredietRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				_, err := s.Calculate(LeerkredietHistory{Events: []LeerkredietEvent{
					{Year: y.AcademicYear, Kind: EventEnrolment, Contract: DiplomaContract, Programme: InitialBachelor, Credits: 60},
					{Year: y.AcademicYear, Kind: EventResults, Earned: 45, Tolerated: 6},
				}})
				ok(err)
			}
		default:
			s, err := ParseProcedureRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				_, err := s.AssessCase(Case{AcademicYear: y.AcademicYear, Ground: GroundGeneralLevel}, MonthDay("05-01").inCalendarYear(y.AcademicYear.Start()))
				ok(err)
			}
		}
	})
}
