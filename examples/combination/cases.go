package main

import (
	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
	"github.com/auhl/auhl-go/procedures/combination"
)

// demo is a case the command shows without -plan.
type demo struct {
	title auhl.Text
	plan  combination.Plan
}

// cases are example plans on real UHasselt units of the 2024-2025 study
// guide: the students, their programmes and dates are made up.
func cases() []demo {
	y, _ := auhl.ParseAcademicYear("2024-2025")
	prev := y.Prev()
	d := auhl.MustParseDate
	return []demo{
		{ui.PXLCase, combination.Plan{
			AcademicYear: y, Institution: auhl.PXL, Contract: combination.Credit, EnrolledOn: d("2024-09-16"),
			Units: []combination.PlannedUnit{
				{Code: "2196", Institution: auhl.UHasselt, TeachingStarts: d("2024-09-23")}, // Databases
				{Code: "4379", Institution: auhl.UHasselt, TeachingStarts: d("2024-09-23")}, // Computernetwerken
			},
		}},
		{ui.BridgingCase, combination.Plan{
			AcademicYear: y, Institution: auhl.UHasselt, Programme: "151", Contract: combination.Diploma,
			Units: []combination.PlannedUnit{
				{Code: "2248", Semester: units.Second}, // Wiskunde voor informatica II
				{Code: "4377", Semester: units.Second}, // Theoretische informatica
				{Code: "2167"},                         // Compilers, of the master
				{Code: "2180"},                         // Computational Complexity, of the master
			},
			History: []combination.Record{
				{Unit: "2193", Year: prev, Outcome: combination.OutcomePassed},
				{Unit: "2196", Year: prev, Outcome: combination.OutcomePassed},
				{Unit: "0660", Year: prev, Outcome: combination.OutcomeFailed},
			},
			Bridging: &combination.Bridging{
				Targets: []string{"151"}, Credits: 60,
				Units: []string{"2193", "2196", "0660", "2248", "4377", "4379"},
			},
		}},
	}
}
