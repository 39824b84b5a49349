package cli_test

import (
	"fmt"
	"os"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/cli"
)

// A command finds the language of its usage before it defines its flags,
// then parses them and makes the checks every command makes.
func Example() {
	args := []string{"-json", "-lang", "en", "stray"}
	usage := auhl.Text{NL: "JSON-uitvoer", EN: "JSON output"}

	// Dutch from the locale, unless -lang says otherwise; -json takes no
	// value.
	fs, lang := cli.NewFlagSet("example", os.Stderr, args, auhl.Dutch, "json")
	fmt.Println(usage.In(lang))
	fs.String("lang", "", "nl or en")
	fs.Bool("json", false, usage.In(lang))
	lang, ve, err := cli.Parse(fs, args, lang)
	if err != nil {
		return // flag.ErrHelp or cli.ErrUsage: package flag has said why
	}
	fmt.Println(lang, ve.Problems[0].Code)
	fmt.Println(cli.Size(lang, 4_012_345), cli.Seconds(lang, 1500*time.Millisecond))
	fmt.Println(cli.Size(auhl.Dutch, 4_012_345), cli.Seconds(auhl.Dutch, 1500*time.Millisecond))
	// Output:
	// JSON output
	// en cli.unexpected-argument
	// 4.01 MB 1.5 s
	// 4,01 MB 1,5 s
}
