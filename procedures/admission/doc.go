// Package admission decides whether an applicant can enrol in a programme of
// UHasselt or PXL in an academic year, and on which route.
//
// An Applicant is a person who wants to enrol in a programme of the
// catalogue in an academic year: the contract, the age, the diplomas (with
// the year issued and, for a Flemish secondary diploma from 2024-2025 on,
// the onderwijskwalificatie 3 or 4; a foreign one with whether its country
// ratified the Lisbon convention and whether it gives access there), the
// proofs of Dutch and English and the tests taken. DecodeApplicant reads
// and checks one; Decide decides for a catalog.Programme:
// admissible, admissible with conditions, or not admissible, with the route
// (a diploma, afwijkende toelating, the graduaat admission test, a schakel-
// or voorbereidingsprogramma) and every requirement with where it stands
// and the contracts it applies to: the binding entrance exam in medicine
// and dentistry (both parts above half and ranked within the places), the
// mandatory ijkingstoets, the starttoets of teacher training and its
// remediation, the artistic admission test before enrolment, and the
// language levels. The rules are data/admission.json
// (Default, DecodeRules).
//
// The package follows the verbs of package procedures (Decode, Default,
// DecodeRules, Decide). It is pure: no I/O beyond its embedded files, no
// clock, no global state that changes; everything is safe for concurrent
// use.
package admission
