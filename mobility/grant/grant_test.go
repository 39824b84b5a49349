package grant

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/mobility"
)

func day(s string) auhl.Date { return auhl.MustParseDate(s) }

func input(a mobility.Activity, dest, start, end string) Input {
	return Input{CallYear: 2024, Activity: a, Destination: dest, Period: mobility.Period{Start: day(start), End: day(end)}}
}

// withStaffRates returns the embedded rates with staff daily rates of
// €100, €90 and €80 for groups 1 to 3: figures for the tests only, as no
// source gives the Flemish ones.
func withStaffRates(t *testing.T) *RateSet {
	t.Helper()
	data := bytes.Replace(ratesData, []byte(`{"group": "1", "source": "staff-rates"`), []byte(`{"group": "1", "euro": 100, "source": "staff-rates"`), 1)
	data = bytes.Replace(data, []byte(`{"group": "2", "source": "staff-rates"`), []byte(`{"group": "2", "euro": 90, "source": "staff-rates"`), 1)
	s, err := DecodeRates(data)
	require.NoError(t, err)
	return s
}

func kinds(g Grant) []LineKind {
	var out []LineKind
	for _, l := range g.Lines {
		out = append(out, l.Kind)
	}
	return out
}

func TestLongTerm(t *testing.T) {
	fewer := input(mobility.StudentStudy, "PL", "2025-09-15", "2025-11-14")
	fewer.FewerOpportunities, fewer.DistanceKm = true, 1000
	green := input(mobility.StudentStudy, "ES", "2025-09-01", "2025-12-31")
	green.GreenTravel, green.TravelDays = true, 6
	for _, tc := range []struct {
		name  string
		in    Input
		total Amount
		kinds []LineKind
	}{
		// Group 3 at €319 a month.
		{"exactly 2 months", input(mobility.StudentStudy, "PL", "2025-09-15", "2025-11-14"), 63800, []LineKind{IndividualSupport}},
		// 2 months and 1 day: €319 × 2 + €319/30 = 638 + 10.633… → 648.63.
		{"a partial month at 1/30", input(mobility.StudentStudy, "PL", "2025-09-15", "2025-11-15"), 64863, []LineKind{IndividualSupport}},
		// 4 months and 17 days in group 2 at €369: 1476 + 369×17/30 = 1476 + 209.10.
		{"a semester", input(mobility.StudentStudy, "FR", "2025-09-15", "2026-01-31"), 168510, []LineKind{IndividualSupport}},
		// (€319 + €150) × 3.
		{"traineeship", input(mobility.StudentTraineeship, "PL", "2025-09-01", "2025-11-30"), 140700, []LineKind{IndividualSupport, TraineeshipTopUp}},
		// (€319 + €250) × 2 and travel €309 for 1000 km.
		{"fewer opportunities", fewer, 144700, []LineKind{IndividualSupport, FewerOpportunitiesTopUp, Travel}},
		// €369 × 4, €50 green top-up, 4 extra days at €369/30 = 49.20.
		{"green travel", green, 157520, []LineKind{IndividualSupport, GreenTopUp, GreenDays}},
		{"a day short of 2 months", input(mobility.StudentStudy, "PL", "2025-09-15", "2025-11-13"), 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Default().Calculate(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.total, g.Total, g.Total.String())
			assert.Equal(t, tc.kinds, kinds(g))
			var sum Amount
			for _, l := range g.Lines {
				sum += l.Amount
				assert.NotEmpty(t, l.Rule)
			}
			assert.Equal(t, g.Total, sum)
		})
	}
}

func TestShortTerm(t *testing.T) {
	days14 := input(mobility.StudentBIP, "IT", "2025-10-01", "2025-10-14")
	days15 := input(mobility.StudentBIP, "IT", "2025-10-01", "2025-10-15")
	travel := input(mobility.StudentShortBlended, "FI", "2025-10-01", "2025-10-10")
	travel.TravelDays, travel.DistanceKm, travel.FewerOpportunities = 4, 2100, true
	greenTravel := travel
	greenTravel.GreenTravel = true
	far := input(mobility.StudentShortDoctoral, "TR", "2025-10-01", "2025-10-05")
	far.DistanceKm, far.GreenTravel = 4500, true
	for _, tc := range []struct {
		name  string
		in    Input
		total Amount
	}{
		{"14 days at €79", days14, 14 * 7900},
		{"the 15th day at €56", days15, 14*7900 + 5600},
		// 10 days and 2 standard travel days at €79, +€100, travel €395.
		{"standard travel", travel, 12*7900 + 10000 + 39500},
		// 10 days and 4 green travel days at €79, +€100, green travel €535.
		{"green travel", greenTravel, 14*7900 + 10000 + 53500},
		// No green amount beyond 4000 km: the standard €1188.
		{"green beyond 4000 km", far, 5*7900 + 118800},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Default().Calculate(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.total, g.Total, g.Total.String())
		})
	}
}

func TestStaff(t *testing.T) {
	s := withStaffRates(t)
	travel := input(mobility.StaffTeaching, "DE", "2025-10-06", "2025-10-10")
	travel.TravelDays, travel.DistanceKm = 2, 600
	for _, tc := range []struct {
		name  string
		in    Input
		total Amount
		steps []int
	}{
		{"14 days at the full rate", input(mobility.StaffTraining, "DE", "2025-10-01", "2025-10-14"), 14 * 10000, []int{100}},
		{"day 15 at 70 %", input(mobility.StaffTraining, "DE", "2025-10-01", "2025-10-15"), 14*10000 + 7000, []int{100, 70}},
		{"group 2", input(mobility.StaffTraining, "ES", "2025-10-01", "2025-10-20"), 14*9000 + 6*6300, []int{100, 70}},
		{"travel days and travel", travel, 7*10000 + 30900, []int{100}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := s.Calculate(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.total, g.Total, g.Total.String())
			var steps []int
			for _, l := range g.Lines {
				if l.Kind == IndividualSupport {
					steps = append(steps, l.Percent)
				}
			}
			assert.Equal(t, tc.steps, steps)
		})
	}

	// With the embedded file no staff rate is known: nothing is paid,
	// and the grant says so.
	g, err := Default().Calculate(input(mobility.StaffTraining, "DE", "2025-10-01", "2025-10-15"))
	require.NoError(t, err)
	assert.Equal(t, Amount(0), g.Total)
	assert.Contains(t, codesOf(g), CodeRateUnknown)
	// The Netherlands is in no staff group of the notes.
	g, err = s.Calculate(input(mobility.StaffTraining, "NL", "2025-10-01", "2025-10-15"))
	require.NoError(t, err)
	assert.Contains(t, codesOf(g), CodeCountryUnknown)
}

func codesOf(g Grant) []string {
	var out []string
	for _, f := range g.Findings {
		out = append(out, f.Code)
	}
	return out
}

func TestFindings(t *testing.T) {
	g, err := Default().Calculate(input(mobility.StudentStudy, "PL", "2025-09-15", "2025-11-15"))
	require.NoError(t, err)
	assert.Equal(t, []string{CodeUnconfirmed, CodeGroup, CodeUnconfirmed, CodeUnconfirmed, CodePartialMonth}, codesOf(g), "no travel for long-term mobility")
	var paths []string
	for _, f := range g.Findings {
		if f.Code == CodeUnconfirmed {
			paths = append(paths, f.Params["path"].String())
		}
	}
	assert.Equal(t, []string{"/years/0/studentGroups/2", "/years/0/longTerm/monthly/2", "/years/0/partialMonth"}, paths)

	below, err := Default().Calculate(input(mobility.StudentShortDoctoral, "PL", "2025-10-01", "2025-10-04"))
	require.NoError(t, err)
	assert.Contains(t, codesOf(below), CodeBelowMinimumDays)
	assert.Empty(t, below.Lines)
}

func TestRecalculate(t *testing.T) {
	planned := input(mobility.StudentStudy, "PL", "2025-09-15", "2026-01-31")
	g, err := Default().Recalculate(planned, mobility.Period{Start: day("2025-09-20"), End: day("2026-01-31")})
	require.NoError(t, err)
	before, err := Default().Calculate(planned)
	require.NoError(t, err)
	assert.Equal(t, before.Total, g.Planned)
	// 4 months 17 days became 4 months 12 days: 5 days at €319/30 less.
	assert.Equal(t, before.Total-share(Euro(319), 17, 30)+share(Euro(319), 12, 30), g.Total)
	f := g.Findings[len(g.Findings)-1]
	assert.Equal(t, CodeRecalculated, f.Code)
	assert.Equal(t, "-53.17", f.Params["difference"].String())
}

func TestErrors(t *testing.T) {
	in := input(mobility.StudentStudy, "PL", "2025-09-15", "2026-01-31")
	in.CallYear = 2025
	_, err := Default().Calculate(in)
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve))
	assert.Equal(t, rules.CodePeriodUnknown, ve.Problems[0].Code)

	in.CallYear = 2024
	in.Interruptions = []mobility.Period{{Start: day("2025-01-01"), End: day("2025-01-05")}}
	_, err = Default().Calculate(in)
	assert.ErrorIs(t, err, auhl.ErrInvalid)

	_, err = DecodeInput([]byte(`{"callYear":2024,"activity":"student-study","destination":"PL","period":{"start":"2025-09-15","end":"2026-01-31"},"distanceKm":1.5}`))
	assert.ErrorIs(t, err, auhl.ErrInvalid)
	got, err := DecodeInput([]byte(`{"callYear":2024,"activity":"student-study","destination":"PL","period":{"start":"2025-09-15","end":"2026-01-31"},"distanceKm":1500}`))
	require.NoError(t, err)
	assert.Equal(t, 1500, got.DistanceKm)
}

func TestAmount(t *testing.T) {
	for a, s := range map[Amount]string{0: "0.00", 5: "0.05", 64863: "648.63", -5317: "-53.17", Euro(419): "419.00"} {
		assert.Equal(t, s, a.String())
	}
	assert.Equal(t, Amount(1063), share(Euro(319), 1, 30), "10.633… rounds down")
	assert.Equal(t, Amount(2300), share(Euro(690), 1, 30), "the Lapland example: €690 a month is €23 a day")
	assert.Equal(t, Amount(3), share(5, 1, 2), "half a cent rounds up")
}

func TestDecodeRates(t *testing.T) {
	s, err := DecodeRates(ratesData)
	require.NoError(t, err)
	assert.Equal(t, []mobility.CallYear{2024}, s.Periods())
	assert.NotEmpty(t, s.Unconfirmed())
	for name, in := range map[string][]byte{
		"country twice": bytes.Replace(ratesData, []byte(`["DK", "FI"`), []byte(`["PL", "FI"`), 1),
		"bands overlap": bytes.Replace(ratesData, []byte(`{"fromKm": 100, "toKm": 499`), []byte(`{"fromKm": 90, "toKm": 499`), 1),
		"percent":       bytes.Replace(ratesData, []byte(`"percent": 70`), []byte(`"percent": 170`), 1),
		"float euro":    bytes.Replace(ratesData, []byte(`"euro": 419`), []byte(`"euro": 419.5`), 1),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeRates(in)
			assert.ErrorIs(t, err, auhl.ErrInvalid)
		})
	}
}

func TestInterruption(t *testing.T) {
	in := input(mobility.StudentStudy, "PL", "2025-09-15", "2026-01-31")
	in.Interruptions = []mobility.Period{{Start: day("2025-12-20"), End: day("2026-01-07")}}
	g, err := Default().Calculate(in)
	require.NoError(t, err)
	// 4 months 17 days less 19 days: 3 months 28 days.
	assert.Equal(t, mobility.Duration{Months: 3, Days: 28, TotalDays: 120}, g.Duration)
	assert.Equal(t, Euro(319)*3+share(Euro(319), 28, 30), g.Total)
}
