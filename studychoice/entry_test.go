package studychoice

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/procedures/admission"
)

func year(t *testing.T, s string) auhl.AcademicYear {
	t.Helper()
	y, err := auhl.ParseAcademicYear(s)
	require.NoError(t, err)
	return y
}

// profileFor answers the questionnaire along the Holland code of programme
// id: its first letter strongest.
func profileFor(t *testing.T, id string, b Background) Profile {
	t.Helper()
	code := mustProgramme(t, id).Interest.Code
	strong := map[ScaleID]int{}
	for i := 0; i < len(code) && i < 3; i++ {
		strong[ScaleID(code[i:i+1])] = 5 - i
	}
	return Profile{Answers: answers(strong, 1), Background: b}
}

func requirement(d *admission.Decision, kind admission.RequirementKind) (admission.Requirement, bool) {
	for _, q := range d.Requirements {
		if q.Kind == kind {
			return q, true
		}
	}
	return admission.Requirement{}, false
}

// TestAdmissionBehaviour: every programme the advice ranks carries the
// admission decision for the student's background and year, from
// procedures/admission, and the ranking follows it.
func TestAdmissionBehaviour(t *testing.T) {
	a := NewAdvisor(nil)
	doorstroom := Background{Diploma: DiplomaExpected, Finaliteit: Doorstroom, MathsHours: 6}
	const verkort = "pxl-pba-verkorte-educatieve-bachelor"

	t.Run("the best interest match needs a higher-education diploma: not a first choice", func(t *testing.T) {
		// The codex: a master asks a bachelor (UHasselt FAQ; procedures.md §1.6).
		const id = "uhasselt-ma-biomedische-wetenschappen"
		adv, err := a.Advise(profileFor(t, id, doorstroom))
		require.NoError(t, err)
		most := slices.MaxFunc(adv.Programmes, func(x, y ProgrammeScore) int { return x.InterestFit - y.InterestFit })
		best := byID(adv)[id]
		require.Equal(t, most.InterestFit, best.InterestFit, "the master is the best interest match")
		require.Equal(t, auhl.Master, best.Level)
		assert.True(t, best.Excluded, best.ID)
		require.NotNil(t, best.Admission)
		assert.Equal(t, admission.NotAdmissible, best.Admission.Outcome)
		assert.Empty(t, best.Admission.Route)
		assert.True(t, hasCode(best.Reasons, CodeNotEntry))
		for _, ps := range top(adv, 5) {
			assert.NotEqual(t, best.ID, ps.ID)
			assert.True(t, ps.Level == auhl.Graduaat || ps.Level.Bachelor(), ps.ID)
			assert.NotEqual(t, admission.NotAdmissible, ps.Admission.Outcome, ps.ID)
		}
	})

	t.Run("an arbeidsmarkt diploma: what it opens and the routes that remain", func(t *testing.T) {
		// From 2025-2026 on, a diploma of qualification 3 opens a graduaat,
		// not a bachelor (studiepoort.be; De Standaard 2018; the rules mark
		// the bachelor's level 4 unconfirmed).
		p := profileFor(t, "uhasselt-ba-informatica", Background{Diploma: DiplomaExpected, Finaliteit: Arbeidsmarkt})
		p.AcademicYear = year(t, "2026-2027")
		adv, err := a.Advise(p)
		require.NoError(t, err)
		assert.Equal(t, p.AcademicYear, adv.AcademicYear)
		i := slices.IndexFunc(adv.Findings, func(f auhl.Finding) bool { return f.Code == CodeEntryLimits })
		require.GreaterOrEqual(t, i, 0, "the advice says what the diploma opens")
		f := adv.Findings[i]
		assert.Equal(t, auhl.Warning, f.Severity)
		assert.NotEmpty(t, f.Source.Title, "the finding cites the rule that closes the bachelors")
		for _, l := range []auhl.Lang{auhl.Dutch, auhl.English} {
			text := i18n.Render(l, f)
			assert.Contains(t, text, auhl.Graduaat.Name().In(l), l)
			assert.Contains(t, text, auhl.AcademicBachelor.Name().In(l), l)
			assert.Contains(t, text, admission.RouteAfwijkend.Name().In(l), l)
		}
		for _, ps := range adv.Programmes {
			switch {
			case ps.Level == auhl.Graduaat:
				assert.Equal(t, admission.RouteDiploma, ps.Admission.Route, ps.ID)
			case ps.ID == verkort:
				assert.True(t, ps.Excluded, ps.ID)
			case ps.Level.Bachelor():
				assert.Equal(t, admission.RouteAfwijkend, ps.Admission.Route, ps.ID)
				assert.Equal(t, admission.NotYetAdmissible, ps.Admission.Outcome, ps.ID)
				q, ok := requirement(ps.Admission, admission.ReqAfwijkend)
				assert.True(t, ok && q.BeforeEnrolment && q.Status == admission.StatusOpen, ps.ID)
			}
		}
		// A doorstroom diploma opens every level: no such finding.
		adv, err = a.Advise(profileFor(t, "uhasselt-ba-informatica", doorstroom))
		require.NoError(t, err)
		assert.False(t, hasCode(adv.Findings, CodeEntryLimits))
	})

	t.Run("geneeskunde: the entrance exam before the enrolment", func(t *testing.T) {
		adv, err := a.Advise(profileFor(t, "uhasselt-ba-geneeskunde", doorstroom))
		require.NoError(t, err)
		ps := byID(adv)["uhasselt-ba-geneeskunde"]
		require.NotNil(t, ps.Admission)
		assert.False(t, ps.Excluded)
		assert.Equal(t, admission.NotYetAdmissible, ps.Admission.Outcome)
		q, ok := requirement(ps.Admission, admission.ReqEntranceExam)
		require.True(t, ok)
		assert.True(t, q.BeforeEnrolment)
		assert.Equal(t, admission.StatusOpen, q.Status)
		assert.Equal(t, admission.TestArts, q.Test)
		i := slices.IndexFunc(ps.Admission.Findings, func(f auhl.Finding) bool { return f.Code == admission.CodeExamOpen })
		require.GreaterOrEqual(t, i, 0)
		assert.NotEmpty(t, ps.Admission.Findings[i].Source.Title, "the requirement cites its source")
	})

	t.Run("an ijkingstoets taken is not asked again", func(t *testing.T) {
		for _, score := range []float64{8, 12, 16} {
			b := doorstroom
			b.Ijkingstoetsen = []IjkingstoetsScore{{Programme: "uhasselt-ba-fysica", Score: score}}
			adv, err := a.Advise(profileFor(t, "uhasselt-ba-fysica", b))
			require.NoError(t, err)
			ps := byID(adv)["uhasselt-ba-fysica"]
			assert.False(t, hasCode(ps.Reasons, CodeStepIjkingPrep), "%v", score)
			for _, f := range adv.NextSteps {
				if f.Code == CodeStepIjkingPrep {
					assert.NotEqual(t, ps.Name, f.Params["programme"], "%v", score)
				}
			}
			assert.True(t, hasCode(ps.Reasons, CodePrepIjkingGood) || hasCode(ps.Reasons, CodePrepIjkingAverage) || hasCode(ps.Reasons, CodePrepIjkingLow), "the score speaks: %v", score)
			q, ok := requirement(ps.Admission, admission.ReqIjkingstoets)
			require.True(t, ok)
			assert.Equal(t, admission.StatusMet, q.Status, "%v", score)
		}
		// Without a score, the mandatory test is asked.
		adv, err := a.Advise(profileFor(t, "uhasselt-ba-fysica", doorstroom))
		require.NoError(t, err)
		q, ok := requirement(byID(adv)["uhasselt-ba-fysica"].Admission, admission.ReqIjkingstoets)
		require.True(t, ok)
		assert.Equal(t, admission.StatusOpen, q.Status)
	})

	t.Run("no diploma: the bachelors by afwijkende toelating, no graduaat before 18", func(t *testing.T) {
		adv, err := a.Advise(profileFor(t, "pxl-grad-programmeren", Background{Diploma: DiplomaNone, Age: 16}))
		require.NoError(t, err)
		for _, ps := range adv.Programmes {
			switch {
			case ps.Level == auhl.Graduaat:
				assert.True(t, ps.Excluded, ps.ID)
				assert.True(t, hasCode(ps.Reasons, CodeEntryClosed), ps.ID)
			case ps.ID == verkort:
				// Its own entry condition, a higher-education diploma,
				// leaves no route at all.
				assert.True(t, ps.Excluded, ps.ID)
				assert.Empty(t, ps.Admission.Route, ps.ID)
			case ps.Level.Bachelor():
				assert.Equal(t, admission.RouteAfwijkend, ps.Admission.Route, ps.ID)
			}
		}
	})

	t.Run("a programme for holders of a higher-education diploma: not a first choice for a school leaver", func(t *testing.T) {
		// The verkorte educatieve bachelor asks a higher-education diploma
		// (its programme condition in the admission rules).
		adv, err := a.Advise(profileFor(t, verkort, doorstroom))
		require.NoError(t, err)
		ps := byID(adv)[verkort]
		require.NotNil(t, ps.Admission)
		assert.True(t, ps.Excluded)
		assert.Equal(t, admission.NotAdmissible, ps.Admission.Outcome)
		assert.True(t, hasCode(ps.Reasons, CodeEntryClosed), "the admission decision says why")
		for _, p := range top(adv, 5) {
			assert.NotEqual(t, verkort, p.ID)
		}
	})

	t.Run("a year the admission rules do not cover", func(t *testing.T) {
		p := profileFor(t, "uhasselt-ba-informatica", doorstroom)
		p.AcademicYear = year(t, "2031-2032")
		_, err := a.Advise(p)
		var ve *auhl.ValidationError
		require.ErrorAs(t, err, &ve)
		assert.Equal(t, "/academicYear", ve.Problems[0].Path[:len("/academicYear")])
	})
}

// TestEntryCacheChangesNothing: an advice is the same whether the
// decisions come from the cache or not.
func TestEntryCacheChangesNothing(t *testing.T) {
	p := profileFor(t, "uhasselt-ba-geneeskunde", Background{Diploma: DiplomaObtained, Track: TSO, Age: 19})
	cold, err := NewAdvisor(nil).Advise(p)
	require.NoError(t, err)
	a := NewAdvisor(nil)
	_, err = a.Advise(p)
	require.NoError(t, err)
	warm, err := a.Advise(p)
	require.NoError(t, err)
	assert.Equal(t, cold, warm)
}

func TestFinaliteitQualification(t *testing.T) {
	for f, want := range map[Finaliteit]int{Doorstroom: 4, Dubbele: 4, Arbeidsmarkt: 3, "": 0} {
		assert.Equal(t, want, f.Qualification(), f)
	}
}

// TestReachable: work experience a programme asks before the enrolment
// (the educatief graduaat: KdG and Thomas More ask three years, PXL's own
// rule is unconfirmed; procedures-addendum.md §5) keeps it from the first
// choices of a student without any; other first steps do not.
func TestReachable(t *testing.T) {
	work := admission.Requirement{Kind: admission.ReqWorkExperience, Status: admission.StatusOpen, BeforeEnrolment: true}
	exam := admission.Requirement{Kind: admission.ReqEntranceExam, Status: admission.StatusOpen, BeforeEnrolment: true}
	for _, tt := range []struct {
		name string
		reqs []admission.Requirement
		b    Background
		want bool
	}{
		{"work experience asked, none", []admission.Requirement{work}, Background{}, false},
		{"work experience asked, some", []admission.Requirement{work}, Background{WorkExperience: true}, true},
		{"work experience shown", []admission.Requirement{{Kind: admission.ReqWorkExperience, Status: admission.StatusMet, BeforeEnrolment: true}}, Background{}, true},
		{"an entrance exam to take", []admission.Requirement{exam}, Background{}, true},
		{"nothing first", nil, Background{}, true},
	} {
		assert.Equal(t, tt.want, reachable(&admission.Decision{Requirements: tt.reqs}, tt.b), tt.name)
	}
}
