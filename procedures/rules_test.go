package procedures

import (
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/afwijkend"
	"github.com/auhl/auhl-go/procedures/evc"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
	"github.com/auhl/auhl-go/procedures/language"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
)

func TestRules(t *testing.T) {
	for _, y := range []string{testkit.Y24, testkit.Y25, testkit.Y26} {
		t.Run(y, func(t *testing.T) {
			r, err := ForYear(testkit.Year(y))
			require.NoError(t, err)
			assert.Equal(t, testkit.Year(y), r.AcademicYear)
			assert.Equal(t, testkit.Year(y), r.Admission.AcademicYear)
			assert.Equal(t, testkit.Year(y), r.Language.AcademicYear)
			assert.Equal(t, testkit.Year(y), r.Leerkrediet.AcademicYear)
			assert.Equal(t, testkit.Year(y), r.Progress.AcademicYear)
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
	tests := []struct {
		year  string
		paths []string
	}{
		{testkit.Y27, []string{"/admission", "/language", "/afwijkend", "/evc", "/leerkrediet", "/progress"}},
		// Leerkrediet covers every year from 2008-2009 on; the others do not.
		{"2015-2016", []string{"/admission", "/language", "/afwijkend", "/evc", "/progress"}},
	}
	for _, tt := range tests {
		t.Run(tt.year, func(t *testing.T) {
			_, err := ForYear(testkit.Year(tt.year))
			require.ErrorIs(t, err, auhl.ErrInvalid)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			var paths []string
			for _, p := range ve.Problems {
				assert.Equal(t, rules.CodePeriodUnknown, p.Code)
				assert.Equal(t, tt.year, p.Params["period"].String())
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tt.paths, paths)
		})
	}
}

// TestWalkFindsEveryRule checks the walk on a year's rules: each Basis of
// the year's rules is found, with its pointer.
func TestWalkFindsEveryRule(t *testing.T) {
	r, err := admission.Default().For(testkit.Year(testkit.Y25))
	require.NoError(t, err)
	var paths []string
	rules.Walk(r, func(p string, b *rules.Basis) { paths = append(paths, p) })
	assert.Contains(t, paths, "/secondary/diploma")
	assert.Contains(t, paths, "/secondary/bachelor")
	assert.Contains(t, paths, "/master/schakel")
	assert.Contains(t, paths, "/entranceExam/programmes/0")
	assert.Contains(t, paths, "/contracts/1/credit")
	assert.Contains(t, paths, "/deadlines/0/enrolment")
	assert.Len(t, paths, 64)
}

// ruleFiles are the embedded rules files, by area, as paths in this
// directory.
var ruleFiles = []struct{ area, path string }{
	{AreaAdmission, "admission/data/admission.json"},
	{AreaLanguage, "language/data/language.json"},
	{AreaProgress, "progress/data/progress.json"},
	{AreaLeerkrediet, "leerkrediet/data/leerkrediet.json"},
	{AreaAfwijkend, "afwijkend/data/afwijkend.json"},
	{AreaEVC, "evc/data/evc.json"},
}

// ruleData returns the embedded rules file of area.
func ruleData(tb testing.TB, area string) []byte {
	tb.Helper()
	for _, f := range ruleFiles {
		if f.area == area {
			data, err := os.ReadFile(f.path)
			require.NoError(tb, err)
			return data
		}
	}
	tb.Fatalf("no rules file of %s", area)
	return nil
}

// FuzzDecodeRules feeds a rules decoder (which picks it) bytes: none
// panics, a rejected file is ErrInvalid, and an accepted one serves a
// decision in each of its years without panicking.
func FuzzDecodeRules(f *testing.F) {
	for i, rf := range ruleFiles {
		f.Add(uint8(i), ruleData(f, rf.area))
	}
	f.Add(uint8(0), []byte(`{"version": "1", "sources": {}, "years": [{"academicYear": "2025-2026"}]}`))
	cat := catalog.Default()
	may20, _ := auhl.ParseMonthDay("05-20")
	may1, _ := auhl.ParseMonthDay("05-01")
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		ok := func(err error) bool {
			if err != nil && !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("an error that is not ErrInvalid: %v", err)
			}
			return err == nil
		}
		switch which % 6 {
		case 0:
			s, err := admission.DecodeRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				for _, id := range []string{"uhasselt-ba-geneeskunde", "pxl-pba-lager-onderwijs", "uhasselt-ma-informatica"} {
					p, _ := cat.ByID(id)
					a := admission.Applicant{AcademicYear: y.AcademicYear, Age: 18, Diplomas: []admission.Diploma{{Kind: admission.DiplomaProfessionalBachelor, Issued: y.AcademicYear}}}
					_, err := s.Decide(a, p)
					ok(err)
				}
			}
		case 1:
			s, err := language.DecodeRules(data)
			if !ok(err) {
				return
			}
			for i := range s.Years {
				r := &s.Years[i]
				for _, p := range cat.Programmes[:20] {
					for _, n := range r.Needs(p) {
						r.Decide(n, []language.Proof{{Kind: language.ProofIELTS, Score: 6}, {Kind: language.ProofCNaVTSTRT}}, r.AcademicYear)
					}
				}
				_, err := s.DecideRegistration(language.TestRegistration{Session: may20.InYear(r.AcademicYear.Start())})
				ok(err)
			}
		case 2:
			s, err := progress.DecodeRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				for _, inst := range []auhl.Institution{auhl.UHasselt, auhl.PXL} {
					_, err := s.Decide(progress.Record{Institution: inst, Cohort: y.AcademicYear.Prev(),
						Enrolments: []progress.Enrolment{{AcademicYear: y.AcademicYear.Prev(), Enrolled: 60, Earned: 20, DrempelpakketOpen: 40}}})
					ok(err)
				}
			}
		case 3:
			s, err := leerkrediet.DecodeRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				_, err := s.Decide(leerkrediet.History{Events: []leerkrediet.Event{
					{Year: y.AcademicYear, Kind: leerkrediet.EventEnrolment, Contract: leerkrediet.DiplomaContract, Programme: leerkrediet.InitialBachelor, Credits: 60},
					{Year: y.AcademicYear, Kind: leerkrediet.EventResults, Earned: 45, Tolerated: 6},
				}})
				ok(err)
			}
		case 4:
			s, err := afwijkend.DecodeRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				_, err := s.Decide(afwijkend.Case{AcademicYear: y.AcademicYear, Ground: afwijkend.GroundGeneralLevel}, may1.InYear(y.AcademicYear.Start()))
				ok(err)
			}
		default:
			s, err := evc.DecodeRules(data)
			if !ok(err) {
				return
			}
			for _, y := range s.Years {
				var p evc.Procedure
				_, err := s.Apply(&p, evc.Step{Action: evc.ActionRequestIntake, Date: may1.InYear(y.AcademicYear.Start())})
				ok(err)
			}
		}
	})
}
