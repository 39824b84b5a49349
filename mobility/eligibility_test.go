package mobility

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/mobility/ewp"
)

func day(s string) auhl.Date { return auhl.MustParseDate(s) }

func TestBetween(t *testing.T) {
	for _, tc := range []struct {
		start, end          string
		months, days, total int
	}{
		{"2025-09-15", "2025-11-14", 2, 0, 61},  // exactly 2 months
		{"2025-09-15", "2025-11-13", 1, 30, 60}, // a day less: 1 month and 30 days
		{"2025-09-01", "2026-08-31", 12, 0, 365},
		{"2025-09-01", "2026-09-01", 12, 1, 366},
		{"2026-01-31", "2026-02-27", 1, 0, 28}, // 31 January: the last day of February stands for it
		{"2026-01-31", "2026-03-30", 2, 0, 59},
		{"2025-09-22", "2025-09-22", 0, 1, 1},
		{"2025-09-22", "2025-09-21", 0, 0, 0},
	} {
		t.Run(tc.start+"_"+tc.end, func(t *testing.T) {
			d := Between(day(tc.start), day(tc.end))
			assert.Equal(t, Duration{Months: tc.months, Days: tc.days, TotalDays: tc.total}, d)
		})
	}
	assert.Equal(t, Duration{}, Between(auhl.Date{}, day("2025-01-01")))
}

func base(a Activity, start, end string) Application {
	return Application{Activity: a, CallYear: 2024, Period: Period{day(start), day(end)},
		SendingCountry: "BE", ReceivingCountry: "PL", ResidenceCountry: "BE"}
}

// codes returns the codes of fs that are not warnings about unconfirmed
// rules.
func codes(fs []auhl.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Code != CodeUnconfirmed {
			out = append(out, f.Code)
		}
	}
	return out
}

func TestCheck(t *testing.T) {
	withEarlier := base(StudentStudy, "2026-02-01", "2026-07-31")
	withEarlier.EarlierMobilities = []Period{{day("2025-08-01"), day("2026-01-31")}}
	overCap := withEarlier
	overCap.Period.End = day("2026-08-01")
	blended := base(StudentShortBlended, "2025-10-01", "2025-10-30")
	blended.Credits = ewp.MustDecimal("3")
	blended31 := blended
	blended31.Period.End = day("2025-10-31")
	fewCredits := blended
	fewCredits.Credits = ewp.MustDecimal("2.5")
	doctoral := base(StudentShortDoctoral, "2025-10-01", "2025-10-05")
	teach := base(StaffTeaching, "2025-10-06", "2025-10-12")
	teach.TeachingHours = ewp.MustDecimal("8")
	teachFew := teach
	teachFew.TeachingHours = ewp.MustDecimal("7.5")
	home := base(StudentStudy, "2025-09-15", "2026-01-31")
	home.ReceivingCountry = "BE"
	uh := base(StudentStudy, "2025-09-15", "2026-01-31")
	uh.Institution, uh.EarnedCredits = auhl.UHasselt, 59
	uh60 := uh
	uh60.EarnedCredits = 60
	graduate := base(StudentTraineeship, "2025-09-01", "2026-06-29")
	graduate.Graduation, graduate.Applied = day("2025-06-30"), day("2025-03-01")
	graduateLate := graduate
	graduateLate.Period.End = day("2026-06-30")
	graduateAppliedLate := graduate
	graduateAppliedLate.Applied = day("2025-07-01")
	graduateAppliedOnTheDay := graduate
	graduateAppliedOnTheDay.Applied = day("2025-06-30")
	graduateNoApplied := graduate
	graduateNoApplied.Applied = auhl.Date{}
	graduateStudy := graduate
	graduateStudy.Activity = StudentStudy
	enrolled := graduate
	enrolled.Graduation = day("2026-07-15")
	for _, tc := range []struct {
		name string
		app  Application
		want []string
	}{
		{"graduate's traineeship ending the day before a year is up", graduate, []string{CodeMonthsWithin, CodeCycleWithin, CodeGraduateWithin, CodeGraduateAppliedBefore}},
		{"graduate's traineeship ending a year after", graduateLate, []string{CodeMonthsWithin, CodeCycleWithin, CodeGraduateTooLate, CodeGraduateAppliedBefore}},
		{"graduate applied after graduating", graduateAppliedLate, []string{CodeMonthsWithin, CodeCycleWithin, CodeGraduateWithin, CodeGraduateAppliedAfter}},
		{"graduate applied on graduation day", graduateAppliedOnTheDay, []string{CodeMonthsWithin, CodeCycleWithin, CodeGraduateWithin, CodeGraduateAppliedBefore}},
		{"graduate without application day", graduateNoApplied, []string{CodeMonthsWithin, CodeCycleWithin, CodeGraduateWithin, CodeGraduateAppliedUnknown}},
		{"graduate's study mobility", graduateStudy, []string{CodeMonthsWithin, CodeCycleWithin, CodeGraduateNotTraineeship}},
		{"traineeship before graduating", enrolled, []string{CodeMonthsWithin, CodeCycleWithin}},
		{"exactly 2 months", base(StudentStudy, "2025-09-15", "2025-11-14"), []string{CodeMonthsWithin, CodeCycleWithin}},
		{"a day less than 2 months", base(StudentStudy, "2025-09-15", "2025-11-13"), []string{CodeMonthsTooShort, CodeCycleWithin}},
		{"12 months", base(StudentTraineeship, "2025-09-01", "2026-08-31"), []string{CodeMonthsWithin, CodeCycleWithin}},
		{"12 months and a day", base(StudentTraineeship, "2025-09-01", "2026-09-01"), []string{CodeMonthsTooLong, CodeCycleExceeded}},
		{"12 months across two mobilities", withEarlier, []string{CodeMonthsWithin, CodeCycleWithin}},
		{"12 months and a day across two", overCap, []string{CodeMonthsWithin, CodeCycleExceeded}},
		{"30 days", blended, []string{CodeDaysWithin, CodeCreditsEnough}},
		{"31 days", blended31, []string{CodeDaysTooLong, CodeCreditsEnough}},
		{"2.5 ECTS", fewCredits, []string{CodeDaysWithin, CodeCreditsTooFew}},
		{"5 days doctoral, no credits rule", doctoral, []string{CodeDaysWithin}},
		{"4 days", base(StudentShortDoctoral, "2025-10-01", "2025-10-04"), []string{CodeDaysTooShort}},
		{"8 hours in a week", teach, []string{CodeDaysWithin, CodeTeachingEnough}},
		{"7.5 hours in a week", teachFew, []string{CodeDaysWithin, CodeTeachingTooFew}},
		{"1 staff day", base(StaffTraining, "2025-10-06", "2025-10-06"), []string{CodeDaysTooShort}},
		{"60 staff days", base(StaffTraining, "2025-10-01", "2025-11-29"), []string{CodeDaysWithin}},
		{"61 staff days", base(StaffTraining, "2025-10-01", "2025-11-30"), []string{CodeDaysTooLong}},
		{"home country", home, []string{CodeMonthsWithin, CodeCycleWithin, CodeDestinationSending, CodeDestinationResidence}},
		{"59 credits earned", uh, []string{CodeMonthsWithin, CodeCycleWithin, CodeEarnedTooFew}},
		{"60 credits earned", uh60, []string{CodeMonthsWithin, CodeCycleWithin, CodeEarnedEnough}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Default().Check(tc.app)
			require.NoError(t, err)
			assert.Equal(t, tc.want, codes(res.Findings))
			want := true
			for _, c := range tc.want {
				for _, f := range res.Findings {
					if f.Code == c && f.Severity == auhl.Error {
						want = false
					}
				}
			}
			assert.Equal(t, want, res.Eligible)
		})
	}
}

// Every rule of the embedded file is unconfirmed, and every decision
// that uses one warns once per rule, naming it.
func TestCheckWarnsPerUnconfirmedRule(t *testing.T) {
	a := base(StudentStudy, "2025-09-15", "2026-01-31")
	a.Institution, a.EarnedCredits = auhl.UHasselt, 90
	res, err := Default().Check(a)
	require.NoError(t, err)
	var paths []string
	for _, f := range res.Findings {
		if f.Code == CodeUnconfirmed {
			paths = append(paths, f.Params["path"].String())
			assert.Equal(t, auhl.Warning, f.Severity)
			assert.NotEmpty(t, f.Source.Title)
		}
	}
	assert.Equal(t, []string{"/years/0/durations/0", "/years/0/cycleCap", "/years/0/destination", "/years/0/institutions/0/minimumEarnedCredits"}, paths)
	assert.NotEmpty(t, Default().Unconfirmed())
}

func TestCheckUnknownCallYear(t *testing.T) {
	a := base(StudentStudy, "2025-09-15", "2026-01-31")
	a.CallYear = 2019
	_, err := Default().Check(a)
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, rules.CodePeriodUnknown, ve.Problems[0].Code)
}

func TestDecodeApplication(t *testing.T) {
	a, err := DecodeApplication([]byte(`{"activity":"student-study","callYear":2024,"institution":"uhasselt",
		"period":{"start":"2025-09-15","end":"2026-01-31"},"sendingCountry":"BE","receivingCountry":"PL","residenceCountry":"BE",
		"earnedCredits":60,"credits":"7.5"}`))
	require.NoError(t, err)
	assert.Equal(t, ewp.MustDecimal("7.5"), a.Credits)
	a, err = DecodeApplication([]byte(`{"activity":"student-traineeship","callYear":2025,"period":{"start":"2025-09-01","end":"2026-06-29"},
		"sendingCountry":"BE","receivingCountry":"DE","residenceCountry":"BE","graduation":"2025-06-30","applied":"2025-03-01"}`))
	require.NoError(t, err)
	assert.Equal(t, day("2025-06-30"), a.Graduation)
	assert.Equal(t, day("2025-03-01"), a.Applied)
	for name, in := range map[string]string{
		"unknown field":  `{"activity":"student-study","x":1}`,
		"bad activity":   `{"activity":"holiday"}`,
		"end too early":  `{"activity":"student-study","callYear":2024,"period":{"start":"2025-09-15","end":"2025-09-01"},"sendingCountry":"BE","receivingCountry":"PL","residenceCountry":"BE"}`,
		"country":        `{"activity":"student-study","callYear":2024,"period":{"start":"2025-09-15","end":"2025-12-01"},"sendingCountry":"be","receivingCountry":"PL","residenceCountry":"BE"}`,
		"float credits":  `{"credits":7.5}`,
		"bad graduation": `{"graduation":"2025-06-31"}`,
		"negative hours": `{"activity":"staff-teaching","callYear":2024,"period":{"start":"2025-09-15","end":"2025-09-20"},"sendingCountry":"BE","receivingCountry":"PL","residenceCountry":"BE","teachingHours":"-1"}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeApplication([]byte(in))
			assert.ErrorIs(t, err, auhl.ErrInvalid)
		})
	}
}

func TestDecodeRules(t *testing.T) {
	s, err := DecodeRules(rulesData)
	require.NoError(t, err)
	assert.Equal(t, []CallYear{2024, 2025}, s.Periods())
	for name, in := range map[string]string{
		"duplicate year": `{"version":"1","sources":{"s":{"title":"t"}},"years":[{"callYear":2024,"durations":[]},{"callYear":2024,"durations":[]}]}`,
		"missing activities": `{"version":"1","sources":{"s":{"title":"t"}},"years":[{"callYear":2024,"durations":[{"activity":"student-study","unit":"months","min":2,"max":12,"source":"s"}],
			"cycleCap":{"months":12,"source":"s"},"shortTermCredits":{"minimum":"3","source":"s"},"teachingHours":{"perWeek":"8","source":"s"},"destination":{"source":"s"}}]}`,
		"unknown source": `{"version":"1","sources":{},"years":[{"callYear":2024,"cycleCap":{"months":12,"source":"x"}}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeRules([]byte(in))
			assert.ErrorIs(t, err, auhl.ErrInvalid)
		})
	}
}
