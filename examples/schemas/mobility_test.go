package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility"
	"github.com/auhl/auhl-go/mobility/ewp"
	"github.com/auhl/auhl-go/mobility/grant"
	"github.com/auhl/auhl-go/mobility/recognition"
)

// TestMobilityInstances validates real values of the mobility packages
// against their committed schemas, and a wrong one against them too.
func TestMobilityInstances(t *testing.T) {
	d := auhl.MustParseDate
	app := mobility.Application{Activity: mobility.StudentShortBlended, CallYear: 2024, Institution: auhl.UHasselt,
		Period: mobility.Period{Start: d("2025-10-01"), End: d("2025-10-30")}, SendingCountry: "BE", ReceivingCountry: "PL",
		ResidenceCountry: "BE", Credits: ewp.MustDecimal("3"),
		EarlierMobilities: []mobility.Period{{Start: d("2024-02-01"), End: d("2024-06-30")}}}
	el, err := mobility.Default().Check(app)
	require.NoError(t, err)
	c := &mobility.Case{ID: "auhl-1", Direction: mobility.Outgoing, Activity: mobility.StudentStudy, CallYear: 2024,
		Participant: "L. J.", SendingHEI: "uhasselt.be", ReceivingHEI: "academy.example.pl",
		Planned: mobility.Period{Start: d("2025-09-22"), End: d("2026-01-31")}}
	require.NoError(t, c.Move(mobility.Applied, d("2025-02-10"), "student", ""))
	fs, err := mobility.DecodeFactsheet([]byte(`{"heiId":"academy.example.pl","nominations":{"autumn":"04-15","spring":"10-15"},
		"applications":{"autumn":"05-15","spring":"11-15"},"decisionWeeks":5,"torWeeks":5,"requirements":[{"name":"Portfolio","details":"Video"}]}`))
	require.NoError(t, err)
	ev := mobility.Evidence{Requirement: mobility.Portfolio, Form: mobility.URL, Reference: "https://video.example.org/x", Submitted: d("2025-03-01")}
	cl, err := mobility.Default().ChecklistFor(c, fs, mobility.Autumn, auhl.UHasselt, []mobility.Evidence{ev}, d("2025-03-10"))
	require.NoError(t, err)
	in := grant.Input{CallYear: 2024, Activity: mobility.StudentStudy, Destination: "PL",
		Period: mobility.Period{Start: d("2025-09-15"), End: d("2026-01-31")}, GreenTravel: true, TravelDays: 4, DistanceKm: 1100, FewerOpportunities: true}
	g, err := grant.Default().Recalculate(in, mobility.Period{Start: d("2025-09-20"), End: d("2026-01-31")})
	require.NoError(t, err)
	tor := recognition.Transcript{OMobilityID: "auhl-1", Issued: d("2026-02-20"), Results: []recognition.Result{
		{Title: "Sculpture", Grade: "4.5", Passed: true, Credits: ewp.MustDecimal("15"), ISCED: "0213"}}}
	grading := recognition.Grading{Conversions: []recognition.Conversion{{Host: "4.5", Home: "16"}},
		Home: []recognition.GradingTable{{ISCED: "0213", Grades: []recognition.GradeFrequency{{Label: "16", Percentage: ewp.MustDecimal("100")}}}}}
	link := recognition.Link{Recognized: "Atelier", Studied: []string{"Sculpture"}}
	lists := ewp.ComponentLists{Studied: ewp.Components(ewp.Component{Title: "Sculpture"}),
		Recognized: ewp.Components(ewp.Component{Title: "Atelier", Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal("15"))}})}
	dec, err := recognition.Recognise(lists, []recognition.Link{link}, tor, grading, d("2026-03-01"), "board")
	require.NoError(t, err)

	for name, v := range map[string]any{
		"mobility-application": app, "mobility-eligibility": el, "mobility-case": c, "mobility-factsheet": fs,
		"mobility-checklist": cl, "mobility-evidence": ev, "mobility-grant-input": in, "mobility-grant": g,
		"mobility-transcript": tor, "mobility-grading": grading, "mobility-recognition-link": link, "mobility-recognition": dec,
	} {
		t.Run(name, func(t *testing.T) {
			s := compile(t, name+".schema.json")
			assert.NoError(t, s.Validate(instance(t, v)))
		})
	}

	var bad map[string]any
	b, err := json.Marshal(app)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &bad))
	bad["credits"] = 3
	assert.Error(t, compile(t, "mobility-application.schema.json").Validate(instance(t, bad)), "credits are a decimal string")
}

// TestMobilityRulesFilesAreValid: the embedded rules and rates files, as
// the repository holds them and as the packages encode what they read,
// match their published schemas; a call year with a misspelt field does
// not.
func TestMobilityRulesFilesAreValid(t *testing.T) {
	tests := []struct {
		schema, file string
		decoded      any
	}{
		{"mobility-rules", "mobility/data/rules.json", mobility.Default()},
		{"mobility-grant-rates", "mobility/grant/data/grant.json", grant.Default()},
	}
	for _, tt := range tests {
		t.Run(tt.schema, func(t *testing.T) {
			s := compile(t, tt.schema+".schema.json")
			data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(tt.file)))
			require.NoError(t, err)
			assert.NoError(t, s.Validate(instance(t, data)), "%s does not match %s", tt.file, tt.schema)
			assert.NoError(t, s.Validate(instance(t, tt.decoded)), "the encoding of Default() does not match %s", tt.schema)

			var doc map[string]any
			require.NoError(t, json.Unmarshal(data, &doc))
			years, ok := doc["years"].([]any)
			require.True(t, ok, "years")
			years[0].(map[string]any)["calYear"] = 2024
			assert.Error(t, s.Validate(doc), "a misspelt field")
		})
	}
}
