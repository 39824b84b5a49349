package i18n_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
)

func ExampleRender() {
	f := auhl.Finding{
		Code:     auhl.CodeNumberRange,
		Severity: auhl.Error,
		Params:   auhl.Params{"value": auhl.Int(300), "min": auhl.Int(180), "max": auhl.Int(240)},
	}
	fmt.Println(i18n.Render(auhl.Dutch, f))
	fmt.Println(i18n.Render(auhl.English, f))
	// Output:
	// 300 ligt buiten het toegelaten bereik (180 tot 240).
	// 300 is outside the allowed range (180 to 240).
}

func ExampleErrors() {
	_, err := auhl.ParseAcademicYear("2025-27")
	for _, line := range i18n.Errors(auhl.English, err) {
		fmt.Println(line)
	}
	// Output:
	// “2025-27” is not an academic year; write it as 2025-2026.
}
