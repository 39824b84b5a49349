package rules_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

func ExampleFormat_Generated() {
	// A deposit rules file held as Go values, as internal/gen writes one
	// from its JSON file: without the bookkeeping the checks fill in.
	y, _ := auhl.ParseAcademicYear("2025-2026")
	file := &DepositFile{File: rules.File[auhl.AcademicYear, DepositRules]{
		Header: rules.Header{Version: "2025.1", Sources: map[string]auhl.Source{"reg": {Title: "A regulation"}}},
		Years:  []DepositRules{{AcademicYear: y, Deposit: EuroRule{Euro: 50, Basis: rules.Basis{Source: "reg"}}}},
	}}
	// Checked and prepared on first use, as a decoded file is: every rule
	// gets its path, label and source.
	deposit := depositFormat.Generated(file)
	r, err := deposit().For(y)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Deposit.Euro, r.Deposit.Path(), r.Deposit.Cited().Title)
	// Output:
	// 50 /years/0/deposit A regulation
}
