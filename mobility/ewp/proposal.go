package ewp

import (
	"crypto/sha256"
	"encoding/hex"
)

// ChangesProposalID derives the id of a changes proposal from its
// content: the SHA-256, in lower-case hexadecimal (64 characters), of a
// canonical encoding of the proposal without its id. The encoding is that
// of Marshal without indentation, with every character written
// distinguishably, so the id changes if and only if the content changes
// (up to SHA-256 collisions): two proposals get the same id exactly when
// they are equal apart from their ID. The schema suggests such a hash;
// partners treat the id as opaque, so any content-derived id serves.
func ChangesProposalID(p *ChangesProposal) string {
	if p == nil {
		return ""
	}
	e := enc{canonical: true}
	e.b = append(e.b, "ewp omobility-las v1 changes-proposal\n"...)
	e.changesProposal(p, "")
	return hash(e.b)
}

// NominationProposalID derives the proposal-id of a nomination from its
// content, as ChangesProposalID does: it changes if and only if the
// nomination's content (everything but its ProposalID) changes.
func NominationProposalID(n *Nomination) string {
	if n == nil {
		return ""
	}
	e := enc{canonical: true}
	e.b = append(e.b, "ewp omobilities v3 nomination\n"...)
	e.nomination(n, "")
	return hash(e.b)
}

func hash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
