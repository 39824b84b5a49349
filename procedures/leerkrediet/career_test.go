package leerkrediet

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/testkit"
)

// covid is a return under the COVID-19 procedure of year y.
func covid(y string, credits int) Event {
	return Event{Year: testkit.Year(y), Kind: EventCovid, Credits: auhl.Credits(credits)}
}

// TestRulesOfEveryYear checks the rules of each academic year from
// 2008-2009 against the notes, one row per stretch of years in which they
// are the same; the source of each row is in its comment.
func TestRulesOfEveryYear(t *testing.T) {
	// The rules the notes cannot date are unconfirmed in every year before
	// 2024-2025: the loss of the bonus on an interruption (R2b), a
	// bachelor's diploma leaving the balance (R3b), the automatic rebuild
	// and the hbo5 top-up (R4, R5), the institution's own return, the
	// higher fee (no official amount per year), and UHasselt's limit (an
	// undated form, procedures.md §5.1).
	undated := []string{"/bonusLostBelow", "/bachelorDiploma", "/rebuild", "/institutionReturn", "/higherFee", "/uhasselt"}
	all := []string{"/start", "/scope", "/earned", "/bonus", "/bonusLostBelow", "/bachelorDiploma", "/masterDiploma", "/rebuild",
		"/reorientation", "/institutionReturn", "/creditContractDrop", "/forceMajeure", "/insufficient", "/higherFee", "/uhasselt"}
	tests := []struct {
		from, to     int // the first and last year's start
		unconfirmed  []string
		graduaat     bool    // a credit contract in a graduaat uses leerkrediet
		covid        bool    // a COVID-19 procedure
		tolerated    bool    // it returned tolerated credits too
		jokerkrediet bool    // force majeure also feeds the jokerkrediet
		euro         float64 // the higher fee per credit; 0: not known
	}{
		// 2008-2009 [V]: R1 (140, also for students already in higher
		// education), R2 (the bonus), R6, R8, R9 (procedures-addendum.md
		// §1.3; Erasmushogeschool, LUCA, Guido 2009). The master's −140 and
		// the re-orientation dates are attested only from 2009-2010 on. No
		// graduaat in higher education yet.
		{2008, 2008, []string{"/bonusLostBelow", "/bachelorDiploma", "/masterDiploma", "/rebuild", "/reorientation", "/institutionReturn", "/higherFee", "/uhasselt"}, false, false, false, false, 0},
		// 2009-2010 [V]: + R3 ("een (eerste) masterdiploma … 140 punten …
		// afgetrokken", Guido 10/11/2009) and R7 (an early LUCA page).
		{2009, 2009, undated, false, false, false, false, 0},
		// 2010-2011 to 2018-2019 [?]: "no dated change found" (§1.3).
		{2010, 2018, all, false, false, false, false, 0},
		// 2019-2020 [V]: the graduaat moves into the hogescholen on 1
		// September 2019 (PXL, R10); the COVID-19 procedure for the second
		// semester (Het Nieuwsblad 31/01/2021).
		{2019, 2019, undated, true, true, false, false, 0},
		// 2020-2021 [V]: the COVID-19 decree of 12 February 2021 and the
		// nooddecreet of 23 June 2021 (UGent).
		{2020, 2020, undated, true, true, false, false, 0},
		// 2021-2022 [V]: again a COVID-19 procedure, tolerated and
		// deliberated courses reclaimable (VVS 10/06/2022).
		{2021, 2021, undated, true, true, true, false, 0},
		// 2022-2023 [V]: only the Raad's route for force majeure.
		{2022, 2022, undated, true, false, false, false, 0},
		// 2023-2024 [V/?]: the decree of 15 July 2022 adds returns for force
		// majeure to the jokerkrediet (Vlor, R11); its date is not read.
		{2023, 2023, append(undated[:4:4], "/jokerkrediet", "/higherFee", "/uhasselt"), true, false, false, true, 0},
		// 2024-2025 to 2026-2027 [?]: "no change to 140, bonus or −140
		// found"; the fee of 11 euro "jaarlijks geïndexeerd" (OV).
		{2024, 2026, []string{"/start", "/bonus", "/masterDiploma", "/jokerkrediet", "/higherFee", "/uhasselt"}, true, false, false, true, 11},
	}
	for _, tt := range tests {
		for start := tt.from; start <= tt.to; start++ {
			y, err := auhl.AcademicYearStarting(start)
			require.NoError(t, err)
			t.Run(y.String(), func(t *testing.T) {
				r, err := Default().For(y)
				require.NoError(t, err)
				assert.Equal(t, tt.unconfirmed, unconfirmedPaths(r))
				assert.Equal(t, 140, r.Start.Credits)
				assert.Equal(t, 60, r.Bonus.Credits)
				assert.Equal(t, 140, r.MasterDiploma.Credits)
				assert.Equal(t, 60, r.Rebuild.UpTo)
				assert.Equal(t, tt.graduaat, r.Uses(CreditContract, GraduaatProgramme))
				assert.False(t, r.Uses(DiplomaContract, GraduaatProgramme))
				assert.Equal(t, tt.covid, r.Covid != nil)
				if r.Covid != nil {
					assert.Equal(t, tt.tolerated, r.Covid.Tolerated)
				}
				assert.Equal(t, tt.jokerkrediet, r.Jokerkrediet != nil)
				assert.Equal(t, tt.euro, r.HigherFee.Euro)
				require.NotNil(t, r.UHasselt)
				assert.Equal(t, limitExceptions, r.UHasselt.Exceptions)
			})
		}
	}
}

// career is a history from 2016-2017 to 2025-2026: a bachelor started
// with a re-orientation before 1 December, a COVID-19 year, the bachelor's
// diploma, a master with tolerated credits reclaimed under the COVID-19
// procedure of 2021-2022, the master's diploma, two years without
// enrolment that rebuild the balance, and a credit contract.
func career() History {
	return history(
		bachelor("2016-2017", 60), reorient("2016-2017", "2016-11-15", 0, 0, 60, false), bachelor("2016-2017", 60), results("2016-2017", 45, 0),
		bachelor("2017-2018", 60), results("2017-2018", 60, 0),
		bachelor("2018-2019", 60), results("2018-2019", 48, 0),
		bachelor("2019-2020", 72), results("2019-2020", 60, 0), covid("2019-2020", 12),
		bachelor("2020-2021", 30), results("2020-2021", 30, 0), diploma("2020-2021", BachelorDiploma),
		master("2021-2022", 60), results("2021-2022", 54, 6), covid("2021-2022", 6),
		master("2022-2023", 60), results("2022-2023", 60, 0), diploma("2022-2023", MasterDiploma),
		noEnrolment("2023-2024"), noEnrolment("2024-2025"),
		enrol(testkit.Y25, CreditContract, Postgraduaat, 12), results(testkit.Y25, 12, 0),
	)
}

// TestCareer computes the history of career without error, exactly (no
// projection), year by year: 140 − 60 + 60 (re-orientation before 1
// December) − 60 + 45 + 45 = 170; + 15 bonus = 185; 173; 161 + 12 (COVID)
// = 173; 173; 167 + 6 (COVID, tolerated) = 173; − 140 = 33; the rebuild
// after the master: 43, 53, and 60 at the credit contract.
func TestCareer(t *testing.T) {
	res, err := Decide(career())
	require.NoError(t, err)
	assert.Equal(t, []Year{
		row("2016-2017", 170, 15), row("2017-2018", 185, 0), row("2018-2019", 173, 0), row("2019-2020", 173, 0),
		row("2020-2021", 173, 0), row("2021-2022", 173, 0), row("2022-2023", 33, 0), row("2023-2024", 43, 0),
		row("2024-2025", 53, 0), row(testkit.Y25, 60, 0),
	}, res.Years)
	codes := testkit.Codes(res.Findings)
	assertSubsequence(t, []string{CodeStart, CodeReorientationFull, CodeCovid, CodeDiplomaBachelor, CodeTolerated, CodeCovid,
		CodeDiplomaMaster, CodeRebuildMaster, CodeRebuildYear, CodeRebuildYear, CodeRebuildYear}, codes)
	assert.NotContains(t, codes, CodeProjected)
	assert.Contains(t, codes, CodeUnconfirmed, "the years 2010-2011 to 2018-2019 rest on unconfirmed rules")
	assertConsistent(t, res)

	projected, err := Project(career())
	require.NoError(t, err)
	assert.Equal(t, res, projected, "a history in the past stays exact")
}

// TestProjection: a history that runs into the years after the last one
// the rules cover is refused by Decide and projected by Project, with one
// warning per projected year, those without events included.
func TestProjection(t *testing.T) {
	tests := []struct {
		name      string
		events    []Event
		projected []string
		balance   int
	}{
		{"next year: take 60, pass 45", []Event{
			bachelor(testkit.Y25, 60), results(testkit.Y25, 60, 0),
			bachelor(testkit.Y26, 60), results(testkit.Y26, 45, 0),
			bachelor(testkit.Y27, 60), results(testkit.Y27, 45, 0),
		}, []string{testkit.Y27}, 170},
		{"two projected years", []Event{
			bachelor(testkit.Y26, 60), results(testkit.Y26, 60, 0),
			bachelor(testkit.Y27, 60), results(testkit.Y27, 45, 0),
			bachelor(testkit.Y28, 60),
		}, []string{testkit.Y27, testkit.Y28}, 125},
		{"a gap of projected years", []Event{
			bachelor(testkit.Y26, 60), results(testkit.Y26, 60, 0),
			bachelor(testkit.Y29, 60), results(testkit.Y29, 60, 0),
		}, []string{testkit.Y27, testkit.Y28, testkit.Y29}, 200},
		{"only projected years", []Event{
			bachelor(testkit.Y28, 60), results(testkit.Y28, 30, 0),
		}, []string{testkit.Y28}, 140},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decide(history(tt.events...))
			testkit.AssertProblem(t, err, "/", rules.CodePeriodUnknown)

			res, err := Project(history(tt.events...))
			require.NoError(t, err)
			assert.Equal(t, tt.balance, res.Balance)
			var warned []string
			for _, f := range res.Findings {
				if f.Code == CodeProjected {
					assert.Equal(t, auhl.Warning, f.Severity)
					assert.Equal(t, testkit.Y26, f.Params["rules"].String(), "the rules of the last year covered")
					warned = append(warned, f.Params["year"].String())
				}
			}
			assert.Equal(t, tt.projected, warned, "one warning per projected year")
			for _, y := range res.Years {
				assert.Equal(t, y.Year.Compare(testkit.Year(testkit.Y26)) > 0, y.Projected, y.Year)
			}
			assertConsistent(t, res)
		})
	}
	_, err := Project(history(bachelor("2007-2008", 60)))
	testkit.AssertProblem(t, err, "/events/0/year", rules.CodePeriodUnknown)
}

// TestCovidReturns: the COVID-19 procedures of 2019-2020 to 2021-2022
// (procedures-addendum.md §1.2), and none before or after.
func TestCovidReturns(t *testing.T) {
	tests := []struct {
		name      string
		year      string
		earned    int
		tolerated int
		covid     int
		returned  int // 0 and no error: capped
		problem   string
	}{
		// 2019-2020: failed second-semester courses cost no leerkrediet
		// (Het Nieuwsblad 31/01/2021).
		{"2019-2020, failed credits", "2019-2020", 48, 0, 12, 12, ""},
		// 2020-2021: courses failed after the last exam chance (UGent); the
		// notes do not say that tolerated credits counted.
		{"2020-2021, failed credits", "2020-2021", 50, 0, 10, 10, ""},
		{"2020-2021, tolerated credits", "2020-2021", 54, 6, 6, 0, ""},
		// 2021-2022: tolerated or deliberated courses count as failed (VVS
		// 10/06/2022).
		{"2021-2022, tolerated credits", "2021-2022", 54, 6, 6, 6, ""},
		// No COVID-19 procedure in 2018-2019, nor from 2022-2023 on (only the
		// Raad's route, OV).
		{"2018-2019", "2018-2019", 48, 0, 12, 0, CodeCovidNotInYear},
		{"2022-2023", "2022-2023", 48, 0, 12, 0, CodeCovidNotInYear},
		// Never more than what was lost that year.
		{"more than lost", "2020-2021", 50, 0, 11, 0, CodeForceMajeureExceeds},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := history(bachelor(tt.year, 60), results(tt.year, tt.earned, tt.tolerated), covid(tt.year, tt.covid))
			res, err := Decide(h)
			if tt.problem != "" {
				testkit.AssertProblem(t, err, "/", tt.problem)
				return
			}
			require.NoError(t, err)
			before := 140 - 60 + tt.earned + tt.earned
			assert.Equal(t, before+tt.returned, res.Balance)
			codes := testkit.Codes(res.Findings)
			assert.Contains(t, codes, CodeCovid)
			if tt.returned < tt.covid {
				assert.Contains(t, codes, CodeForceMajeureCapped)
			}
			assertConsistent(t, res)
		})
	}
	_, err := Project(history(bachelor(testkit.Y27, 60), results(testkit.Y27, 48, 0), covid(testkit.Y27, 12)))
	testkit.AssertProblem(t, err, "/events/2/kind", CodeCovidNotInYear)
}

// TestJokerkrediet: from 2023-2024, leerkrediet returned by the Raad also
// goes to the jokerkrediet of the studietoelage (decree of 15 July 2022,
// Vlor), a rule whose date of coming into force the notes did not read.
func TestJokerkrediet(t *testing.T) {
	tests := []struct {
		year  string
		joker bool
	}{
		{"2021-2022", false},
		{"2022-2023", false},
		{"2023-2024", true},
		{testkit.Y26, true},
	}
	for _, tt := range tests {
		t.Run(tt.year, func(t *testing.T) {
			res, err := Decide(history(bachelor(tt.year, 60), results(tt.year, 40, 0), forceMajeure(tt.year, 20)))
			require.NoError(t, err)
			codes := testkit.Codes(res.Findings)
			assert.Equal(t, tt.joker, contains(codes, CodeJokerkrediet), codes)
			if tt.joker {
				assertUnconfirmedWarning(t, res.Findings, "/jokerkrediet")
			}
			assertConsistent(t, res)
		})
	}
}

// assertUnconfirmedWarning checks that findings warn that the rule at
// path (within its year) is unconfirmed.
func assertUnconfirmedWarning(t *testing.T, findings []auhl.Finding, rule string) {
	t.Helper()
	for _, f := range findings {
		if f.Code == CodeUnconfirmed && strings.HasSuffix(f.Params["path"].String(), rule) {
			return
		}
	}
	t.Errorf("no warning that %s is unconfirmed", rule)
}

// TestRulesThatChangeWithTheYear: the graduaat uses leerkrediet on a
// credit contract only once it is higher education (1 September 2019,
// PXL); the higher fee is known only from 2024-2025 on (OV, 11 euro).
func TestRulesThatChangeWithTheYear(t *testing.T) {
	tests := []struct {
		year     string
		graduaat string // the code of a credit contract in a graduaat
		fee      string // the code of the higher fee
	}{
		{"2008-2009", CodeOutOfScopeProgramme, CodeHigherFeeUnknown},
		{"2018-2019", CodeOutOfScopeProgramme, CodeHigherFeeUnknown},
		{"2019-2020", CodeEnrolment, CodeHigherFeeUnknown},
		{"2023-2024", CodeEnrolment, CodeHigherFeeUnknown},
		{testkit.Y24, CodeEnrolment, CodeHigherFee},
	}
	for _, tt := range tests {
		t.Run(tt.year, func(t *testing.T) {
			res, err := Decide(history(enrol(tt.year, CreditContract, GraduaatProgramme, 20)))
			require.NoError(t, err)
			assert.Contains(t, testkit.Codes(res.Findings), tt.graduaat)
			assertConsistent(t, res)

			res, err = Decide(history(bachelor(tt.year, 160)))
			require.NoError(t, err)
			codes := testkit.Codes(res.Findings)
			assertSubsequence(t, []string{CodeEnrolment, CodeInsufficient, tt.fee}, codes)
			assertConsistent(t, res)
		})
	}
}

// BenchmarkCareer computes the ten-year history of TestCareer.
func BenchmarkCareer(b *testing.B) {
	h := career()
	if _, err := Decide(h); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Decide(h)
	}
}

// BenchmarkProject projects a history two years beyond the rules.
func BenchmarkProject(b *testing.B) {
	h := history(bachelor(testkit.Y26, 60), results(testkit.Y26, 60, 0), bachelor(testkit.Y27, 60), results(testkit.Y27, 45, 0), bachelor(testkit.Y28, 60))
	if _, err := Project(h); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Project(h)
	}
}

// TestEveryUnconfirmedRuleOfEveryYearSaysSo runs, in every academic year
// the rules cover, decisions that rest on every rule of the year, and
// checks that each rule the data marks unconfirmed for that year gives a
// warning naming it, and that no confirmed rule does.
func TestEveryUnconfirmedRuleOfEveryYearSaysSo(t *testing.T) {
	set := Default()
	for i := range set.Years {
		r := &set.Years[i]
		y := r.AcademicYear.String()
		t.Run(y, func(t *testing.T) {
			nov, dec := r.AcademicYear.Start(), r.AcademicYear.Start()+1
			histories := [][]Event{
				{bachelor(y, 60), results(y, 40, 6), forceMajeure(y, 5), diploma(y, BachelorDiploma)},
				{bachelor(y, 200)},
				{bachelor(y, 60), reorient(y, strconv.Itoa(nov)+"-11-15", 0, 0, 60, false), bachelor(y, 60)},
				{bachelor(y, 60), reorient(y, strconv.Itoa(dec)+"-02-15", 0, 0, 60, true)},
				{enrol(y, CreditContract, InitialBachelor, 30), reorient(y, strconv.Itoa(nov)+"-11-15", 0, 0, 30, false), enrol(y, ExamContract, InitialBachelor, 30)},
				{master(y, 140), diploma(y, MasterDiploma)},
				{noEnrolment(y)},
			}
			if r.Covid != nil {
				histories = append(histories, []Event{bachelor(y, 60), results(y, 40, 0), covid(y, 10)})
			}
			var findings []auhl.Finding
			for _, h := range histories {
				res, err := set.Decide(history(h...))
				require.NoError(t, err)
				findings = append(findings, res.Findings...)
			}
			d, err := set.DecideEnrolment(EnrolmentRequest{Year: r.AcademicYear, Institution: auhl.UHasselt, Balance: 20,
				Contract: DiplomaContract, Programme: InitialBachelor, Credits: 60})
			require.NoError(t, err)
			findings = append(findings, d.Findings...)

			warned := map[string]bool{}
			for _, f := range findings {
				if f.Code == CodeUnconfirmed {
					warned[f.Params["path"].String()] = true
				}
			}
			want := map[string]bool{}
			rules.Walk(r, func(path string, b *rules.Basis) {
				if b.Unconfirmed {
					want[b.Path()] = true
				}
			})
			require.NotEmpty(t, want, "every year has rules the notes do not confirm")
			assert.Equal(t, want, warned)
		})
	}
}
