package ewp_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/auhl/auhl-go/mobility/ewp"
)

// Read a document of any of the four kinds; Decode tells them apart by
// the root element.
func ExampleDecode() {
	doc, err := ewp.Decode(strings.NewReader(`<omobilities-update-request
	    xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd">
	  <reject-proposal-v1>
	    <omobility-id>auhl-2025-0042</omobility-id>
	    <proposal-id>5f1c</proposal-id>
	    <comment>No places left in the School of Arts.</comment>
	  </reject-proposal-v1>
	</omobilities-update-request>`))
	if err != nil {
		fmt.Println(err)
		return
	}
	if req, ok := doc.(*ewp.OMobilitiesUpdateRequest); ok {
		fmt.Println(doc.Kind(), req.Reject.OMobilityID, req.Reject.Comment)
	}
	// Output: omobilities-update-request auhl-2025-0042 No places left in the School of Arts.
}

// Check reads a bare dashboard snippet, without namespace, as the API the
// caller names, and reports each deviation with its path.
func ExampleCheck() {
	_, findings, err := ewp.Check(strings.NewReader(`<omobilities-update-request>
	  <approve-proposal-v1>
	    <proposal-id>5f1c</proposal-id>
	    <omobility-id>auhl-2025-0042</omobility-id>
	  </approve-proposal-v1>
	</omobilities-update-request>`), ewp.KindOMobilitiesUpdateRequest)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	// Output: error ewp.xml.element-order /approve-proposal-v1/omobility-id
}

// Validate checks the rules of the schema annotations, such as reason
// codes that fit their change.
func ExampleValidate() {
	req := &ewp.OMobilitiesUpdateRequest{
		Approve: &ewp.ApproveNomination{OMobilityID: "auhl-2025-0042", ProposalID: "5f1c"},
		Reject:  &ewp.RejectNomination{OMobilityID: "auhl-2025-0042", ProposalID: "5f1c"},
	}
	for _, f := range ewp.Validate(req) {
		fmt.Printf("%s %q %v\n", f.Code, f.Path, f.Params)
	}
	c := ewp.Component{Status: ewp.StatusInserted, ReasonCode: ewp.ReasonNotAvailable}
	fmt.Println(c.ReasonCode.Fits(c.Status), c.ReasonCode.Status())
	// Output:
	// ewp.update.action-count "" map[count:2]
	// value.required "/reject-proposal-v1/comment" map[]
	// false deleted
}

// Marshal writes a document the official schema accepts; the id of a
// changes proposal derives from its content.
func ExampleMarshal() {
	p := &ewp.ChangesProposal{ComponentLists: ewp.ComponentLists{
		Virtual: ewp.Components(ewp.Component{
			Status: ewp.StatusInserted, ReasonCode: ewp.ReasonAddingVirtualComponent,
			Title: "Digital drawing", ShortDescription: "Online course",
			Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal("2.5"))},
		}),
		StudentSignature: ewp.Signature{Timestamp: time.Date(2025, 11, 1, 10, 0, 0, 0, time.UTC)},
		SendingHEISignature: ewp.Signature{SignerName: "An Peeters", SignerPosition: "Erasmus coordinator",
			SignerEmail: "an.peeters@uhasselt.be", Timestamp: time.Date(2025, 11, 2, 10, 0, 0, 0, time.UTC)},
	}}
	p.ID = ewp.ChangesProposalID(p)
	req := &ewp.LAsUpdateRequest{SendingHEIID: "uhasselt.be", Approve: &ewp.ApproveLAProposal{
		OMobilityID: "auhl-2025-0042", ChangesProposalID: p.ID,
		Signature: ewp.Signature{SignerName: "Paweł Kowalski", SignerPosition: "Coordinator",
			SignerEmail: "pk@uw.edu.pl", Timestamp: time.Date(2025, 11, 5, 9, 30, 0, 0, time.UTC)},
	}}
	out, err := ewp.Marshal(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(p.ID), strings.Contains(string(out), "<la:timestamp>2025-11-05T09:30:00Z</la:timestamp>"))
	// Output: 64 true
}

// Credits are exact decimals.
func ExampleDecimal() {
	sum := ewp.MustDecimal("0")
	for _, s := range []string{"7.5", "7.50", "0.1", "0.2"} {
		sum, _ = sum.Add(ewp.MustDecimal(s))
	}
	fmt.Println(sum)
	// Output: 15.3
}
