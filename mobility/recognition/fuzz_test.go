package recognition

import (
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility/ewp"
)

// FuzzDecodeGrading: any input is decoded or refused, never a panic; a
// decoded grading converts every grade of its tables without one.
func FuzzDecodeGrading(f *testing.F) {
	f.Add([]byte(`{"host":[{"isced":"0213","grades":[{"label":"A","percentage":"40.5"},{"label":"B","percentage":"59.5"}]}],"home":[{"isced":"0213","grades":[{"label":"16","percentage":"30"},{"label":"12","percentage":"70"}]}],"conversions":[{"host":"A","home":"16"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := DecodeGrading(data)
		if err != nil {
			if _, ok := err.(*auhl.ValidationError); !ok {
				t.Fatalf("not a validation error: %v", err)
			}
			return
		}
		for _, h := range g.Host {
			for _, gf := range h.Grades {
				convert(Result{Title: "x", Grade: gf.Label, Passed: true, ISCED: h.ISCED}, g)
			}
		}
	})
}

// FuzzDecodeTranscript: any input is decoded or refused, never a panic;
// a decoded transcript is recognised against a fixed agreement.
func FuzzDecodeTranscript(f *testing.F) {
	f.Add([]byte(`{"omobilityId":"x","issued":"2026-02-20","results":[{"title":"Sculpture","grade":"4.5","passed":true,"credits":"15","isced":"0213"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tor, err := DecodeTranscript(data)
		if err != nil {
			if _, ok := err.(*auhl.ValidationError); !ok {
				t.Fatalf("not a validation error: %v", err)
			}
			return
		}
		lists := ewp.ComponentLists{Studied: ewp.Components(ewp.Component{Title: "Sculpture"}), Recognized: ewp.Components(ewp.Component{Title: "Atelier"})}
		if _, err := Recognise(lists, nil, tor, Grading{}, auhl.MustParseDate("2026-03-01"), "board"); err != nil {
			t.Fatal(err)
		}
	})
}
