//go:build !auhlwidget

package language

import "github.com/auhl/auhl-go/auhl"

// DecodeProofs decodes a Proofs document from JSON the
// strict way and checks it with Validate. It returns a
// *auhl.ValidationError listing every problem with its JSON Pointer. A
// document larger than MaxProofsBytes is refused unread.
func DecodeProofs(data []byte) (Proofs, error) {
	if len(data) > MaxProofsBytes {
		return Proofs{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxProofsBytes)},
		}}}
	}
	var d Proofs
	if err := auhl.DecodeAndCheck(data, &d, d.check); err != nil {
		return Proofs{}, err
	}
	return d, nil
}
