package grant

import (
	"testing"

	"github.com/auhl/auhl-go/mobility"
)

// BenchmarkCalculate computes the grant of a semester with every top-up
// and travel.
func BenchmarkCalculate(b *testing.B) {
	in := input(mobility.StudentStudy, "PL", "2025-09-15", "2026-01-31")
	in.FewerOpportunities, in.GreenTravel, in.TravelDays, in.DistanceKm = true, true, 4, 1100
	s := Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Calculate(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRecalculate computes a short-term grant with the planned and
// the actual dates.
func BenchmarkRecalculate(b *testing.B) {
	in := input(mobility.StudentBIP, "IT", "2025-10-01", "2025-10-20")
	in.TravelDays, in.DistanceKm = 2, 1100
	s := Default()
	actual := mobility.Period{Start: day("2025-10-02"), End: day("2025-10-20")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Recalculate(in, actual); err != nil {
			b.Fatal(err)
		}
	}
}
