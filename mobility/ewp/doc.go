// Package ewp reads, checks and writes the Erasmus Without Paper (EWP)
// XML documents of outgoing student mobility: the learning agreements of
// the Outgoing Mobility Learning Agreements API v1.2 (OLA) and the
// nominations of the Outgoing Mobilities API v3.
//
// It depends on the standard library and package auhl only (for findings
// and validation errors), has no network code and no global state, and is
// meant to be imported by any Go program that speaks EWP.
//
// # Documents
//
// Four documents, each a Go type that mirrors its schema element by
// element, with the exact namespace of its API's major version:
//
//	KindLAsGetResponse           *LAsGetResponse            omobility-las-get-response
//	KindLAsUpdateRequest         *LAsUpdateRequest          omobility-las-update-request
//	KindOMobilitiesGetResponse   *OMobilitiesGetResponse    omobilities-get-response
//	KindOMobilitiesUpdateRequest *OMobilitiesUpdateRequest  omobilities-update-request
//
// A LearningAgreement has a first version, approved changes and a pending
// ChangesProposal, each with the tables of the EU template (studied,
// recognised, virtual, blended and doctoral components) and the three
// signatures. Credits are exact decimals (Decimal), never floats; dates
// are Date and PlannedDate values, signature times time.Time.
//
// # Reading
//
// Decode reads any of the four documents and tells them apart by their
// root element; DecodeLAsGetResponse and its siblings read one kind. Both
// refuse, with a *auhl.ValidationError, input that deviates from the
// schema's structure. Decoder.Decode reads more leniently: it returns the
// document with findings for each deviation, so that a caller can report
// them all; with AllowNoNamespace it also reads the bare, namespace-less
// snippets of the EWP dashboard scenarios, such as a lone `la` element.
// Check reads leniently and validates in one step.
//
// Reading is safe on hostile input. The package reads through Limits: at
// most 4 MiB of input, 64 levels of nesting, 64 KiB per text, 2 MiB of
// text in all, 16 attributes per element, 200 000 elements and 16 MiB
// allocated for the values decoded, by default: a hostile document of 4
// MiB costs at most about 25 MB and a fraction of a second (see
// BenchmarkDecodeHostile), and at most auhl.MaxProblems findings. It
// refuses any document type declaration (<!DOCTYPE ...>), and so every
// entity definition; it expands only the five predefined entities and
// character references. Each limit stops reading at once with a problem
// whose code names it.
//
// The XML itself is read by the package's own scanner, from the input
// held in memory (at most Limits.MaxBytes): it reads what encoding/xml
// reads in strict mode, with the same names, namespaces and texts, about
// two and a half times as fast (BenchmarkDecodeLAs), and refuses a little
// more of what XML 1.0 forbids
// (a repeated attribute, "]]>" in text, "--" in a comment). A UTF-8
// byte-order mark at the start is skipped, as package auhl does for
// JSON; any encoding other than UTF-8 is refused.
//
// # Checking
//
// Validate checks a document against its schema's types and against the
// rules that the schema annotations state in words: for a learning
// agreement, that at least one component list is given, that only
// recognised components carry recognition conditions, that a blended or
// doctoral mobility has no changes after its first version, that each
// reason code fits its change, that the signatures come in their order,
// that the required dates are there, and more (see Validate). Each
// Finding has a stable code, a severity, parameters, the schema it rests
// on and the path of the element it concerns. Package auhl/i18n renders
// every code of Codes in Dutch and English.
//
// # Writing
//
// Marshal and Encode write a document so that the official schema
// accepts it: they validate first and refuse a document with errors.
//
// # Proposal ids
//
// A changes proposal and a nomination carry an id that must change if and
// only if their content changes. ChangesProposalID and
// NominationProposalID derive it: the SHA-256 of a canonical encoding of
// the content.
package ewp
