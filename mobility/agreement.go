package mobility

import (
	"errors"
	"strings"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility/ewp"
)

// ErrStaleProposal is the error of approving or commenting on a changes
// proposal by an id that is no longer the pending proposal's: EWP answers
// it with HTTP 409, and the partner fetches the agreement again.
var ErrStaleProposal = errors.New("the changes proposal id is stale")

// Agreement is the learning agreement of one outgoing student mobility,
// an ewp.LearningAgreement, with the workflow that changes it: the
// sending institution proposes (a first version, later changes), the
// receiving institution approves or comments, and every step is logged.
// A step that breaks a rule is an error and changes nothing.
type Agreement struct {
	// LA is the agreement as OLA v1.2 carries it.
	LA ewp.LearningAgreement
	// Log lists the steps taken, oldest first.
	Log []AgreementStep
}

// AgreementStep is one step of an Agreement's workflow.
type AgreementStep struct {
	// Action is what happened: proposed, approved or commented.
	Action AgreementAction `json:"action"`
	// ProposalID is the id of the proposal concerned.
	ProposalID string `json:"proposalId"`
	// At is the time of the signature that came with the step.
	At time.Time `json:"at"`
	// Actor is the signer.
	Actor string `json:"actor"`
	// Comment is the receiving institution's comment, for commented.
	Comment string `json:"comment,omitempty"`
}

// AgreementAction is the kind of an AgreementStep.
type AgreementAction string

// The actions of an agreement's workflow.
const (
	// Proposed: the sending institution proposed a first version or
	// changes, signed by the student and by itself.
	Proposed AgreementAction = "proposed"
	// Approved: the receiving institution approved and signed the
	// proposal.
	Approved AgreementAction = "approved"
	// Commented: the receiving institution commented on the proposal
	// instead, which stays pending until a new one replaces it.
	Commented AgreementAction = "commented"
)

// Enum lists the values of AgreementAction.
func (AgreementAction) Enum() []string {
	return auhl.Strings([]AgreementAction{Proposed, Approved, Commented})
}

// shortTerm reports whether v is a version of a blended or short-term
// doctoral mobility, which may not change after its first version.
func shortTerm(v *ewp.ComponentLists) bool {
	return v != nil && (v.Blended != nil || v.Doctoral != nil)
}

// Propose makes lists the pending proposal, in place of any pending one:
// the first version when none is agreed, else changes to it, each
// component of changes with its status and reason. lists carry the
// student's and the sending institution's signatures; the receiving
// institution's signature is left out, as it approves by signing. The
// proposal gets the id ewp.ChangesProposalID derives from its content.
//
// It refuses changes to a blended or short-term doctoral mobility after
// its first version (CodeChangesNotAllowed), and a proposal that makes
// the agreement invalid (the findings of ewp.Validate of severity error,
// in a *auhl.ValidationError); then nothing changes.
func (a *Agreement) Propose(lists ewp.ComponentLists, student *ewp.Student) (string, error) {
	if a.LA.FirstVersion != nil && shortTerm(a.LA.FirstVersion) {
		return "", &auhl.ValidationError{Problems: []auhl.Problem{{Path: "/changes-proposal", Code: CodeChangesNotAllowed}}}
	}
	lists.ReceivingHEISignature = nil
	p := &ewp.ChangesProposal{ComponentLists: lists, Student: student}
	p.ID = ewp.ChangesProposalID(p)
	next := a.LA
	next.ChangesProposal = p
	if err := validLA(next); err != nil {
		return "", err
	}
	a.LA = next
	a.Log = append(a.Log, AgreementStep{Action: Proposed, ProposalID: p.ID, At: lists.SendingHEISignature.Timestamp, Actor: lists.SendingHEISignature.SignerName})
	return p.ID, nil
}

// Approve approves the pending proposal id with the receiving
// institution's signature: a proposed first version becomes the first
// version, proposed changes become the approved changes, and changed
// student data replaces the student's. It returns ErrStaleProposal when
// id is not the pending proposal's, and a *auhl.ValidationError when
// nothing is pending (CodeNoProposal) or the result would be invalid
// (such as a signature dated before the others); then nothing changes.
func (a *Agreement) Approve(id string, sig ewp.Signature) error {
	p, err := a.pending(id)
	if err != nil {
		return err
	}
	next := a.LA
	lists := p.ComponentLists
	lists.ReceivingHEISignature = &sig
	if next.FirstVersion == nil {
		next.FirstVersion = &lists
	} else {
		next.ApprovedChanges = &lists
	}
	if p.Student != nil {
		next.Student = *p.Student
	}
	next.ChangesProposal = nil
	if err := validLA(next); err != nil {
		return err
	}
	a.LA = next
	a.Log = append(a.Log, AgreementStep{Action: Approved, ProposalID: id, At: sig.Timestamp, Actor: sig.SignerName})
	return nil
}

// Comment records the receiving institution's comment on the pending
// proposal id, with its signature; the proposal stays pending. It
// returns ErrStaleProposal for a stale id, and a *auhl.ValidationError
// when nothing is pending or the comment is blank.
func (a *Agreement) Comment(id, comment string, sig ewp.Signature) error {
	if _, err := a.pending(id); err != nil {
		return err
	}
	if strings.TrimSpace(comment) == "" {
		return &auhl.ValidationError{Problems: []auhl.Problem{{Path: "/comment", Code: CodeCommentRequired}}}
	}
	a.Log = append(a.Log, AgreementStep{Action: Commented, ProposalID: id, At: sig.Timestamp, Actor: sig.SignerName, Comment: comment})
	return nil
}

// Apply applies an update request of the receiving institution: its
// approval or its comment. A request for another sending institution or
// another mobility is refused (CodeUpdateMismatch), as is one without
// exactly one action.
func (a *Agreement) Apply(req *ewp.LAsUpdateRequest) error {
	if req == nil || (req.Approve == nil) == (req.Comment == nil) {
		return &auhl.ValidationError{Problems: []auhl.Problem{{Code: CodeUpdateMismatch, Params: auhl.Params{"field": auhl.Str("action")}}}}
	}
	if req.SendingHEIID != a.LA.SendingHEI.HEIID {
		return &auhl.ValidationError{Problems: []auhl.Problem{{Path: "/sending-hei-id", Code: CodeUpdateMismatch, Params: auhl.Params{"field": auhl.Str("sending-hei-id")}}}}
	}
	if ap := req.Approve; ap != nil {
		if ap.OMobilityID != a.LA.OMobilityID {
			return &auhl.ValidationError{Problems: []auhl.Problem{{Path: "/approve-proposal-v1/omobility-id", Code: CodeUpdateMismatch, Params: auhl.Params{"field": auhl.Str("omobility-id")}}}}
		}
		return a.Approve(ap.ChangesProposalID, ap.Signature)
	}
	c := req.Comment
	if c.OMobilityID != a.LA.OMobilityID {
		return &auhl.ValidationError{Problems: []auhl.Problem{{Path: "/comment-proposal-v1/omobility-id", Code: CodeUpdateMismatch, Params: auhl.Params{"field": auhl.Str("omobility-id")}}}}
	}
	return a.Comment(c.ChangesProposalID, c.Comment, c.Signature)
}

// ApproveRequest returns the update request by which the receiving
// institution approves the pending proposal with sig, and false when
// nothing is pending.
func (a *Agreement) ApproveRequest(sig ewp.Signature) (*ewp.LAsUpdateRequest, bool) {
	p := a.LA.ChangesProposal
	if p == nil {
		return nil, false
	}
	return &ewp.LAsUpdateRequest{SendingHEIID: a.LA.SendingHEI.HEIID,
		Approve: &ewp.ApproveLAProposal{OMobilityID: a.LA.OMobilityID, ChangesProposalID: p.ID, Signature: sig}}, true
}

// pending returns the pending proposal if its id is id.
func (a *Agreement) pending(id string) (*ewp.ChangesProposal, error) {
	p := a.LA.ChangesProposal
	if p == nil {
		return nil, &auhl.ValidationError{Problems: []auhl.Problem{{Path: "/changes-proposal", Code: CodeNoProposal}}}
	}
	if p.ID != id {
		return nil, ErrStaleProposal
	}
	return p, nil
}

// validLA returns the errors ewp.Validate finds in la, as a
// *auhl.ValidationError, or nil.
func validLA(la ewp.LearningAgreement) error {
	return ewp.Err(ewp.Validate(&ewp.LAsGetResponse{LAs: []ewp.LearningAgreement{la}}))
}

// Final returns the components the agreement stands at: the first
// version with the approved changes applied, each deleted component
// taken out (matched by LOS id, else LOS code, else title) and each
// inserted one added, without change status. It is zero when no first
// version is agreed.
func (a *Agreement) Final() ewp.ComponentLists {
	fv := a.LA.FirstVersion
	if fv == nil {
		return ewp.ComponentLists{}
	}
	out := ewp.ComponentLists{
		StudentSignature: fv.StudentSignature, SendingHEISignature: fv.SendingHEISignature, ReceivingHEISignature: fv.ReceivingHEISignature,
	}
	ch := a.LA.ApprovedChanges
	var changes [5]ewp.NamedList
	if ch != nil {
		changes = ch.Lists()
		out.StudentSignature, out.SendingHEISignature, out.ReceivingHEISignature = ch.StudentSignature, ch.SendingHEISignature, ch.ReceivingHEISignature
	}
	merged := [5]*ewp.ComponentList{}
	for i, nl := range fv.Lists() {
		merged[i] = applyChanges(nl.List, changes[i].List)
	}
	out.Studied, out.Recognized, out.Virtual, out.Blended, out.Doctoral = merged[0], merged[1], merged[2], merged[3], merged[4]
	return out
}

// applyChanges returns base with changes applied; nil when both are nil.
func applyChanges(base, changes *ewp.ComponentList) *ewp.ComponentList {
	if base == nil && changes == nil {
		return nil
	}
	out := &ewp.ComponentList{}
	if base != nil {
		out.Components = append(out.Components, base.Components...)
	}
	if changes == nil {
		return out
	}
	for _, c := range changes.Components {
		switch c.Status {
		case ewp.StatusDeleted:
			for i, b := range out.Components {
				if SameComponent(b, c) {
					out.Components = append(out.Components[:i:i], out.Components[i+1:]...)
					break
				}
			}
		case ewp.StatusInserted:
			c.Status, c.ReasonCode, c.ReasonText = "", "", ""
			out.Components = append(out.Components, c)
		}
	}
	return out
}

// SameComponent reports whether a and b name the same component: by LOS
// id when both have one, else by LOS code when both have one, else by
// title.
func SameComponent(a, b ewp.Component) bool {
	switch {
	case a.LosID != "" && b.LosID != "":
		return a.LosID == b.LosID
	case a.LosCode != "" && b.LosCode != "":
		return a.LosCode == b.LosCode
	}
	return a.Title == b.Title
}

// ECTS returns the sum of the ECTS credits of l's components, exactly,
// and ewp.ErrDecimal when it overflows.
func ECTS(l *ewp.ComponentList) (ewp.Decimal, error) {
	var sum ewp.Decimal
	if l == nil {
		return sum, nil
	}
	for _, c := range l.Components {
		for _, cr := range c.Credits {
			if cr.Scheme != ewp.SchemeECTS {
				continue
			}
			var err error
			if sum, err = sum.Add(cr.Value); err != nil {
				return ewp.Decimal{}, err
			}
		}
	}
	return sum, nil
}
