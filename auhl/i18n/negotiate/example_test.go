package negotiate_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl/i18n/negotiate"
)

func ExampleAcceptLanguage() {
	fmt.Println(negotiate.AcceptLanguage("en-GB,en;q=0.9,nl;q=0.8"))
	fmt.Println(negotiate.AcceptLanguage("nl-BE"))
	fmt.Println(negotiate.AcceptLanguage("fr-FR"))
	// Output:
	// en
	// nl
	// nl
}

func ExampleMatch() {
	// A page's lang attribute, then the browser's languages.
	fmt.Println(negotiate.Match("nl-BE"))
	fmt.Println(negotiate.Match("fr-BE", "en-GB", "nl"))
	// Output:
	// nl
	// en
}
