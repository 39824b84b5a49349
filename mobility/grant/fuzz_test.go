package grant

import (
	"testing"

	"github.com/auhl/auhl-go/auhl"
)

// FuzzDecodeInput: any input is decoded or refused with a validation
// error, never a panic; a decoded one is calculated or refused, and its
// lines add up to its total.
func FuzzDecodeInput(f *testing.F) {
	f.Add([]byte(`{"callYear":2024,"activity":"student-study","destination":"PL","period":{"start":"2025-09-15","end":"2026-01-31"},"fewerOpportunities":true,"distanceKm":1000,"greenTravel":true,"travelDays":4}`))
	f.Add([]byte(`{"callYear":2024,"activity":"staff-teaching","destination":"DE","period":{"start":"2025-10-01","end":"2025-11-29"},"travelDays":6,"distanceKm":700}`))
	f.Add([]byte(`{"callYear":2024,"activity":"student-blended-intensive-programme","destination":"IT","period":{"start":"2025-10-01","end":"2025-10-30"},"interruptions":[{"start":"2025-10-02","end":"2025-10-03"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := DecodeInput(data)
		if err != nil {
			if _, ok := err.(*auhl.ValidationError); !ok {
				t.Fatalf("not a validation error: %v", err)
			}
			return
		}
		g, err := Default().Calculate(in)
		if err != nil {
			if _, ok := err.(*auhl.ValidationError); !ok {
				t.Fatalf("not a validation error: %v", err)
			}
			return
		}
		var sum Amount
		for _, l := range g.Lines {
			sum += l.Amount
		}
		if sum != g.Total {
			t.Fatalf("lines %v, total %v", sum, g.Total)
		}
	})
}

// FuzzDecodeRates: any rates file is read or refused, never a panic.
func FuzzDecodeRates(f *testing.F) {
	f.Add(ratesData)
	f.Add([]byte(`{"version":"1","sources":{},"years":[{"callYear":2024}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := DecodeRates(data); err != nil {
			if _, ok := err.(*auhl.ValidationError); !ok {
				t.Fatalf("not a validation error: %v", err)
			}
		}
	})
}
