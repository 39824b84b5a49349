// Package messages registers the Dutch and English texts of the codes of
// package ewp with auhl/i18n. Package ewp itself depends on the standard
// library and package auhl only; a program that renders its findings and
// problems for people imports this package for its side effect:
//
//	import _ "github.com/auhl/auhl-go/mobility/ewp/messages"
package messages

import (
	_ "embed" // for the message file

	"github.com/auhl/auhl-go/auhl/i18n"
)

// texts are the texts of ewp.Codes, in the message file format of
// auhl/i18n.
//
//go:embed messages.json
var texts string

func init() { i18n.Register("ewp", texts) }
