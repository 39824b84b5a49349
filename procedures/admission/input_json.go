//go:build !auhlwidget

package admission

import "github.com/auhl/auhl-go/auhl"

// DecodeApplicant decodes an Applicant from JSON the strict way and checks
// it with Validate. It returns a *auhl.ValidationError listing every
// problem with its JSON Pointer. A document larger than MaxApplicantBytes
// is refused unread.
func DecodeApplicant(data []byte) (Applicant, error) {
	if len(data) > MaxApplicantBytes {
		return Applicant{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxApplicantBytes)},
		}}}
	}
	var a Applicant
	if err := auhl.DecodeAndCheck(data, &a, a.check); err != nil {
		return Applicant{}, err
	}
	return a, nil
}
