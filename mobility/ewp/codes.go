package ewp

import (
	"github.com/auhl/auhl-go/auhl"
)

// The codes of the problems that refuse an input: it cannot be read as a
// document of this package. They come in a *auhl.ValidationError.
const (
	// CodeXMLSyntax: the input is not well-formed XML, or not UTF-8.
	// Params: line (int), detail (string, the parser's words).
	CodeXMLSyntax = "ewp.xml.syntax"
	// CodeTooLarge: the input is larger than Limits.MaxBytes. Params:
	// limit (int, bytes).
	CodeTooLarge = "ewp.xml.too-large"
	// CodeTooDeep: elements are nested deeper than Limits.MaxDepth.
	// Params: limit (int, levels).
	CodeTooDeep = "ewp.xml.too-deep"
	// CodeTextTooLong: one text is longer than Limits.MaxText. Params:
	// limit (int, bytes).
	CodeTextTooLong = "ewp.xml.text-too-long"
	// CodeTooMuchText: the texts together are longer than
	// Limits.MaxTotalText. Params: limit (int, bytes).
	CodeTooMuchText = "ewp.xml.too-much-text"
	// CodeTooManyAttributes: an element has more attributes than
	// Limits.MaxAttributes. Params: limit (int).
	CodeTooManyAttributes = "ewp.xml.too-many-attributes"
	// CodeTooManyElements: the input has more elements than
	// Limits.MaxElements. Params: limit (int).
	CodeTooManyElements = "ewp.xml.too-many-elements"
	// CodeTooManyValues: the elements decode into more than
	// Limits.MaxValueBytes of Go values. Params: limit (int).
	CodeTooManyValues = "ewp.xml.too-many-values"
	// CodeDoctype: the input has a document type declaration (<!DOCTYPE
	// ...>), which EWP documents never have and which could define
	// entities.
	CodeDoctype = "ewp.xml.doctype"
	// CodeNoRoot: the input holds no element.
	CodeNoRoot = "ewp.xml.no-root"
	// CodeTrailing: something other than comments or white space follows
	// the root element.
	CodeTrailing = "ewp.xml.trailing-data"
	// CodeUnknownRoot: the root element is not one of the documents this
	// package reads (for the kind asked, if one was). Params: element
	// (string), expected (string).
	CodeUnknownRoot = "ewp.xml.unknown-root"
	// CodeNamespaceMissing: the root element has no namespace and the
	// caller did not say which API the document belongs to. Params:
	// element (string).
	CodeNamespaceMissing = "ewp.xml.namespace-missing"
)

// The codes of the deviations from the schema found while reading a
// document. Decode refuses a document with any of them; Decoder.Decode
// returns them as findings with the document, so that a caller can show
// every problem at once.
const (
	// CodeUnexpectedElement: an element the schema does not allow here
	// (an unknown one, or one in another namespace). It is skipped.
	// Params: element (string).
	CodeUnexpectedElement = "ewp.xml.unexpected-element"
	// CodeElementOrder: an element comes before one that the schema puts
	// ahead of it. Params: element (string).
	CodeElementOrder = "ewp.xml.element-order"
	// CodeElementRepeated: an element appears more often than the schema
	// allows; the first one counts. Params: element (string).
	CodeElementRepeated = "ewp.xml.element-repeated"
	// CodeUnexpectedText: text where the schema allows only elements.
	CodeUnexpectedText = "ewp.xml.unexpected-text"
	// CodeUnexpectedAttribute: an attribute the schema does not allow
	// here. Params: attribute (string).
	CodeUnexpectedAttribute = "ewp.xml.unexpected-attribute"
	// CodeFormat: a value is not written as its schema type requires,
	// such as a date that is not YYYY-MM-DD. Params: value (string),
	// type (string, the XML Schema type such as "xs:date").
	CodeFormat = "ewp.value.format"
)

// The codes of Validate, besides auhl.CodeRequired (a required value is
// missing), auhl.CodeEnum (a value outside its list; params value and
// allowed) and auhl.CodeNumberRange (a number outside its range; params
// value, min and max).
const (
	// CodePattern: a value does not have the form its EWP type requires,
	// such as an e-mail address or an academic year id. Params: value
	// (string), type (string, the EWP type, such as "ewp:Email").
	CodePattern = "ewp.value.pattern"
	// CodeTermNumber: a term number exceeds the number of terms. Params:
	// number (int), total (int).
	CodeTermNumber = "ewp.value.term-number"
	// CodeVersionMissing: an LA has neither a first version nor a
	// changes proposal.
	CodeVersionMissing = "ewp.la.version-missing"
	// CodeNoComponentList: a version of an LA has no component list.
	CodeNoComponentList = "ewp.la.no-component-list"
	// CodeListMissing: a version of a semester mobility (one without
	// blended or doctoral components) lacks its studied or recognised
	// table. Params: list (string).
	CodeListMissing = "ewp.la.list-missing"
	// CodeListEmpty: a blended or doctoral list holds no component.
	// Params: list (string).
	CodeListEmpty = "ewp.la.list-empty"
	// CodeRecognitionConditions: a component that is not a recognised
	// one has recognition conditions. Params: list (string).
	CodeRecognitionConditions = "ewp.la.recognition-conditions-not-allowed"
	// CodeShortDescriptionMissing: a virtual component, or every
	// component of a blended list, lacks a short description. Params:
	// list (string).
	CodeShortDescriptionMissing = "ewp.la.short-description-missing"
	// CodeShortDescriptionNotAllowed: a studied or recognised component
	// has a short description. Params: list (string).
	CodeShortDescriptionNotAllowed = "ewp.la.short-description-not-allowed"
	// CodeStatusMissing: a component of a list of changes has no change
	// status.
	CodeStatusMissing = "ewp.la.status-missing"
	// CodeStatusNotAllowed: a component of a first version has a change
	// status. Params: status (string).
	CodeStatusNotAllowed = "ewp.la.status-not-allowed"
	// CodeReasonMismatch: a reason code does not fit the change, such as
	// "not-available" on an insertion. Params: reason (string), status
	// (string).
	CodeReasonMismatch = "ewp.la.reason-mismatch"
	// CodeReasonMissing (a warning): a change gives no reason, neither
	// code nor text.
	CodeReasonMissing = "ewp.la.reason-missing"
	// CodeChangesNotAllowed: a blended or short-term doctoral mobility
	// has changes after its first version.
	CodeChangesNotAllowed = "ewp.la.changes-not-allowed"
	// CodeChangesWithoutFirstVersion: an LA has approved changes but no
	// first version.
	CodeChangesWithoutFirstVersion = "ewp.la.changes-without-first-version"
	// CodeSignatureOrder: a signature is dated before one it must follow:
	// the receiving institution signs after the student and the sending
	// institution, and changes are signed after the version they change
	// was approved. Params: signature (string), after (string), both
	// paths.
	CodeSignatureOrder = "ewp.la.signature-order"
	// CodeStudentSignerDetails (a warning): the student's signature names
	// a signer, position or e-mail address, which it should not.
	CodeStudentSignerDetails = "ewp.la.student-signer-details"
	// CodeUpdateAction: an update request holds no action or more than
	// one. Params: count (int).
	CodeUpdateAction = "ewp.update.action-count"
	// CodeReceivingIIAMissing: a nomination gives the sending
	// institution's IIA id but not the receiving institution's.
	CodeReceivingIIAMissing = "ewp.omobility.receiving-iia-id-missing"
	// CodePeriodChoice: a nomination gives both or neither of the sending
	// academic term and the non-standard mobility period.
	CodePeriodChoice = "ewp.omobility.period-choice"
)

// Codes lists the codes this package reports, with their parameters. It
// reports auhl.CodeRequired, auhl.CodeEnum and auhl.CodeNumberRange too,
// which package auhl declares.
func Codes() []auhl.CodeSpec {
	str := func(name string) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: auhl.KindString} }
	num := func(name string) auhl.ParamSpec { return auhl.ParamSpec{Name: name, Kind: auhl.KindInt} }
	ps := func(p ...auhl.ParamSpec) []auhl.ParamSpec { return p }
	return []auhl.CodeSpec{
		{Code: CodeXMLSyntax, Params: ps(num("line"), str("detail"))},
		{Code: CodeTooLarge, Params: ps(num("limit"))},
		{Code: CodeTooDeep, Params: ps(num("limit"))},
		{Code: CodeTextTooLong, Params: ps(num("limit"))},
		{Code: CodeTooMuchText, Params: ps(num("limit"))},
		{Code: CodeTooManyAttributes, Params: ps(num("limit"))},
		{Code: CodeTooManyElements, Params: ps(num("limit"))},
		{Code: CodeTooManyValues, Params: ps(num("limit"))},
		{Code: CodeDoctype},
		{Code: CodeNoRoot},
		{Code: CodeTrailing},
		{Code: CodeUnknownRoot, Params: ps(str("element"), str("expected"))},
		{Code: CodeNamespaceMissing, Params: ps(str("element"))},
		{Code: CodeUnexpectedElement, Params: ps(str("element"))},
		{Code: CodeElementOrder, Params: ps(str("element"))},
		{Code: CodeElementRepeated, Params: ps(str("element"))},
		{Code: CodeUnexpectedText},
		{Code: CodeUnexpectedAttribute, Params: ps(str("attribute"))},
		{Code: CodeFormat, Params: ps(str("value"), str("type"))},
		{Code: CodePattern, Params: ps(str("value"), str("type"))},
		{Code: CodeTermNumber, Params: ps(num("number"), num("total"))},
		{Code: CodeVersionMissing},
		{Code: CodeNoComponentList},
		{Code: CodeListMissing, Params: ps(str("list"))},
		{Code: CodeListEmpty, Params: ps(str("list"))},
		{Code: CodeRecognitionConditions, Params: ps(str("list"))},
		{Code: CodeShortDescriptionMissing, Params: ps(str("list"))},
		{Code: CodeShortDescriptionNotAllowed, Params: ps(str("list"))},
		{Code: CodeStatusMissing},
		{Code: CodeStatusNotAllowed, Params: ps(str("status"))},
		{Code: CodeReasonMismatch, Params: ps(str("reason"), str("status"))},
		{Code: CodeReasonMissing},
		{Code: CodeChangesNotAllowed},
		{Code: CodeChangesWithoutFirstVersion},
		{Code: CodeSignatureOrder, Params: ps(str("signature"), str("after"))},
		{Code: CodeStudentSignerDetails},
		{Code: CodeUpdateAction, Params: ps(num("count"))},
		{Code: CodeReceivingIIAMissing},
		{Code: CodePeriodChoice},
	}
}

// The sources the findings rest on: the schemas, whose annotations state
// the rules.
var (
	// SourceLAs is the get-response schema of OLA v1.2.0.
	SourceLAs = auhl.Source{
		Title: "EWP Outgoing Mobility Learning Agreements API v1.2.0, get-response.xsd",
		URL:   "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/v1.2.0/endpoints/get-response.xsd",
	}
	// SourceLAsUpdate is the update-request schema of OLA v1.2.0.
	SourceLAsUpdate = auhl.Source{
		Title: "EWP Outgoing Mobility Learning Agreements API v1.2.0, update-request.xsd",
		URL:   "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/v1.2.0/endpoints/update-request.xsd",
	}
	// SourceOMobilities is the get-response schema of outgoing
	// mobilities v3.0.0.
	SourceOMobilities = auhl.Source{
		Title: "EWP Outgoing Mobilities API v3.0.0, get-response.xsd",
		URL:   "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/v3.0.0/endpoints/get-response.xsd",
	}
	// SourceOMobilitiesUpdate is the update-request schema of outgoing
	// mobilities v3.0.0.
	SourceOMobilitiesUpdate = auhl.Source{
		Title: "EWP Outgoing Mobilities API v3.0.0, update-request.xsd",
		URL:   "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/v3.0.0/endpoints/update-request.xsd",
	}
	// SourceCommonTypes is the EWP common types schema v1.16.0, with the
	// academic term and phone number types.
	SourceCommonTypes = auhl.Source{
		Title: "EWP architecture common-types.xsd v1.16.0",
		URL:   "https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/v1.16.0/common-types.xsd",
	}
)

// Finding is a finding about one place of a document: an auhl.Finding
// (code, severity, params, source) and the Path of the element or
// attribute it concerns. Its JSON encoding is the auhl.Finding's with a
// "path" field.
//
// A path is a JSON Pointer over element names below the root element, with
// the index of each element that may repeat and "@name" for an attribute:
// "/la/0/changes-proposal/components-studied/component/1/credit/0/value",
// "/la/0/changes-proposal/@id". "" is the document as a whole.
type Finding struct {
	auhl.Finding
	// Path locates the element or attribute.
	Path string `json:"path"`
}

// HasErrors reports whether a finding of fs has severity auhl.Error: the
// document is not valid.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == auhl.Error {
			return true
		}
	}
	return false
}

// Err returns the findings of severity auhl.Error as a
// *auhl.ValidationError (problems with their paths, codes and params), or
// nil when there is none.
func Err(fs []Finding) error {
	var ve auhl.ValidationError
	for _, f := range fs {
		if f.Severity == auhl.Error {
			ve.Add(f.Path, f.Code, f.Params)
		}
	}
	return ve.Err()
}
