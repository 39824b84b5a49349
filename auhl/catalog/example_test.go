package catalog_test

import (
	"fmt"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
)

func ExampleDefault() {
	cat := catalog.Default()
	fmt.Println(cat.AcademicYear)
	p, ok := cat.ByID("uhasselt-ba-informatica")
	fmt.Println(ok, p.Institution, p.Level, p.Credits)
	// Output:
	// 2025-2026
	// true uhasselt academic-bachelor 180
}

func ExampleCatalog_Filter() {
	cat := catalog.Default()
	english := cat.Filter(catalog.Query{Institution: auhl.UHasselt, Level: auhl.AcademicBachelor, Language: auhl.English})
	fmt.Println(len(english), "English-taught UHasselt bachelors")
	// Output:
	// 0 English-taught UHasselt bachelors
}

func ExampleLoad() {
	_, err := catalog.Load(strings.NewReader(`{"version": "x", "academicYear": "2025/2026", "programmes": []}`))
	for _, line := range i18n.Errors(auhl.English, err) {
		fmt.Println(line)
	}
	// Output:
	// “2025/2026” is not an academic year; write it as 2025-2026. (/academicYear)
	// The catalogue lists no programme. (/programmes)
}
