package messages_test

import (
	"fmt"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/mobility/ewp"
	_ "github.com/auhl/auhl-go/mobility/ewp/messages"
)

// With this package imported, the findings of package ewp read in Dutch
// and English.
func Example() {
	_, findings, err := ewp.Check(strings.NewReader(`<omobilities-update-request>
	  <reject-proposal-v1>
	    <omobility-id>auhl-2025-0042</omobility-id>
	    <proposal-id>5f1c</proposal-id>
	    <comment>No places left.</comment>
	    <comment>Sorry.</comment>
	  </reject-proposal-v1>
	</omobilities-update-request>`), ewp.KindOMobilitiesUpdateRequest)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Path)
		fmt.Println(i18n.Render(auhl.Dutch, f.Finding))
		fmt.Println(i18n.Render(auhl.English, f.Finding))
	}
	// Output:
	// /reject-proposal-v1/comment
	// Het element comment komt hier vaker voor dan het schema toelaat; alleen het eerste telt.
	// The element comment appears here more often than the schema allows; only the first one counts.
}
