package mobility

import (
	"testing"

	"github.com/auhl/auhl-go/auhl"
)

// FuzzDecodeApplication: any input is decoded or refused with a
// validation error, never a panic; what is decoded can be checked.
func FuzzDecodeApplication(f *testing.F) {
	f.Add([]byte(`{"activity":"student-study","callYear":2024,"period":{"start":"2025-09-15","end":"2026-01-31"},"sendingCountry":"BE","receivingCountry":"PL","residenceCountry":"BE","earlierMobilities":[{"start":"2024-02-01","end":"2024-06-30"}]}`))
	f.Add([]byte(`{"activity":"staff-teaching","callYear":2025,"period":{"start":"2025-10-06","end":"2025-10-10"},"sendingCountry":"BE","receivingCountry":"ES","residenceCountry":"NL","teachingHours":"8.5"}`))
	f.Add([]byte(`{"credits":"1e9"}`))
	f.Add([]byte(`{"activity":"student-traineeship","callYear":2025,"period":{"start":"2025-09-01","end":"2026-06-29"},"sendingCountry":"BE","receivingCountry":"DE","residenceCountry":"BE","graduation":"2025-06-30","applied":"2025-03-01"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeApplication(data)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		if _, err := Default().Check(a); err != nil {
			requireInvalid(t, err)
		}
	})
}

// FuzzDecodeCase: any input is decoded or refused, never a panic; a
// decoded case's stage is its history's.
func FuzzDecodeCase(f *testing.F) {
	f.Add([]byte(`{"id":"a","direction":"outgoing","activity":"student-study","callYear":2024,"participant":"p","sendingHei":"uhasselt.be","receivingHei":"uw.edu.pl","planned":{"start":"2025-09-22","end":"2026-01-31"},"stage":"nominated","history":[{"to":"applied","date":"2025-02-10","actor":"IRO"},{"from":"applied","to":"nominated","date":"2025-03-01","actor":"IRO"}]}`))
	f.Add([]byte(`{"history":[{"to":"rejected","date":"2025-02-10","actor":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCase(data)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		if n := len(c.History); n > 0 && c.History[n-1].To != c.Stage {
			t.Fatalf("stage %q, last move to %q", c.Stage, c.History[n-1].To)
		}
	})
}

// FuzzDecodeFactsheet: any input is decoded or refused, never a panic;
// a decoded factsheet gives a checklist.
func FuzzDecodeFactsheet(f *testing.F) {
	f.Add([]byte(`{"heiId":"uw.edu.pl","nominations":{"autumn":"04-15","spring":"10-15"},"applications":{"autumn":"05-15","spring":"11-15"},"decisionWeeks":5,"torWeeks":5,"requirements":[{"name":"Portfolio","details":"Video"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fs, err := DecodeFactsheet(data)
		if err != nil {
			requireInvalid(t, err)
			return
		}
		c := newCase(StudentStudy)
		if _, err := Default().ChecklistFor(c, fs, Spring, auhl.UHasselt, nil, day("2025-03-01")); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDecodeRules: any rules file is read or refused, never a panic.
func FuzzDecodeRules(f *testing.F) {
	f.Add(rulesData)
	f.Add([]byte(`{"version":"1","sources":{},"years":[{"callYear":2024}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := DecodeRules(data); err != nil {
			requireInvalid(t, err)
		}
	})
}

func requireInvalid(t *testing.T, err error) {
	t.Helper()
	if _, ok := err.(*auhl.ValidationError); !ok {
		t.Fatalf("not a validation error: %v", err)
	}
}
