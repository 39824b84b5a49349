package auhl_test

import (
	"errors"
	"fmt"

	"github.com/auhl/auhl-go/auhl"
)

func ExampleParseAcademicYear() {
	y, err := auhl.ParseAcademicYear("2025-2026")
	if err != nil {
		panic(err)
	}
	fmt.Println(y, "is followed by", y.Next())

	_, err = auhl.ParseAcademicYear("2025/26")
	fmt.Println(errors.Is(err, auhl.ErrInvalid))
	// Output:
	// 2025-2026 is followed by 2026-2027
	// true
}

func ExampleDecodeJSON() {
	var p struct {
		Level auhl.Level        `json:"level"`
		Year  auhl.AcademicYear `json:"year"`
	}
	err := auhl.DecodeJSON([]byte(`{"level":"phd","year":"2025","extra":1}`), &p)
	var ve *auhl.ValidationError
	if errors.As(err, &ve) {
		for _, problem := range ve.Problems {
			fmt.Println(problem.Path, problem.Code)
		}
	}
	// Output:
	// /level value.enum
	// /year year.format
	// /extra json.unknown-field
}

func ExampleText_In() {
	name := auhl.UHasselt.Name()
	fmt.Println(name.In(auhl.Dutch))
	fmt.Println(name.In(auhl.English))
	// Output:
	// Universiteit Hasselt
	// Hasselt University
}
