package procedures

import (
	_ "embed" // for the message file

	"github.com/auhl/auhl-go/auhl/i18n"
)

// messages are the Dutch and English texts of this package's codes (see
// Codes), registered with auhl/i18n when a program imports the package.
//
//go:embed messages.json
var messages string

func init() { i18n.Register("procedures", messages) }
