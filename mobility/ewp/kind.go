package ewp

import "slices"

// The XML namespaces of the documents and of the common types they use,
// exactly as the EWP schemas declare them. A namespace carries the major
// version of its API: OLA v1.x is "stable-v1", outgoing mobilities v3.x
// is "stable-v3".
const (
	// NamespaceLAsGetResponse is the namespace of omobility-las-get-response
	// (Outgoing Mobility Learning Agreements API v1.2.0).
	NamespaceLAsGetResponse = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd"
	// NamespaceLAsUpdateRequest is the namespace of
	// omobility-las-update-request (OLA v1.2.0).
	NamespaceLAsUpdateRequest = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/update-request.xsd"
	// NamespaceOMobilitiesGetResponse is the namespace of
	// omobilities-get-response (Outgoing Mobilities API v3.0.0).
	NamespaceOMobilitiesGetResponse = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/get-response.xsd"
	// NamespaceOMobilitiesUpdateRequest is the namespace of
	// omobilities-update-request (Outgoing Mobilities API v3.0.0).
	NamespaceOMobilitiesUpdateRequest = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd"
	// NamespaceAcademicTermV2 is the namespace of the academic term types
	// v2, whose TermId the LA components use.
	NamespaceAcademicTermV2 = "https://github.com/erasmus-without-paper/ewp-specs-types-academic-term/tree/stable-v2"
	// NamespacePhoneNumber is the namespace of the phone number type v1.
	NamespacePhoneNumber = "https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1"

	nsXML = "http://www.w3.org/XML/1998/namespace"
	nsXSI = "http://www.w3.org/2001/XMLSchema-instance"
)

// Kind names a kind of document: the root element of one API version. Its
// value is the KIND that the EWP validation kit's `validate` script takes.
type Kind string

// The kinds of document this package reads and writes.
const (
	// KindLAsGetResponse is omobility-las-get-response, OLA v1.2.
	KindLAsGetResponse Kind = "las-get"
	// KindLAsUpdateRequest is omobility-las-update-request, OLA v1.2.
	KindLAsUpdateRequest Kind = "las-update-request"
	// KindOMobilitiesGetResponse is omobilities-get-response, outgoing
	// mobilities v3.
	KindOMobilitiesGetResponse Kind = "omobilities-get"
	// KindOMobilitiesUpdateRequest is omobilities-update-request,
	// outgoing mobilities v3.
	KindOMobilitiesUpdateRequest Kind = "omobilities-update-request"
)

var kinds = []Kind{KindLAsGetResponse, KindLAsUpdateRequest, KindOMobilitiesGetResponse, KindOMobilitiesUpdateRequest}

// Kinds lists every Kind this package knows.
func Kinds() []Kind { return slices.Clone(kinds) }

// Enum lists the values of Kind.
func (Kind) Enum() []string { return enumStrings(kinds) }

// Valid reports whether k is a known Kind.
func (k Kind) Valid() bool { return slices.Contains(kinds, k) }

// Namespace returns the XML namespace of k's root element, "" for an
// unknown Kind.
func (k Kind) Namespace() string {
	switch k {
	case KindLAsGetResponse:
		return NamespaceLAsGetResponse
	case KindLAsUpdateRequest:
		return NamespaceLAsUpdateRequest
	case KindOMobilitiesGetResponse:
		return NamespaceOMobilitiesGetResponse
	case KindOMobilitiesUpdateRequest:
		return NamespaceOMobilitiesUpdateRequest
	}
	return ""
}

// Root returns the local name of k's root element, "" for an unknown Kind.
func (k Kind) Root() string {
	switch k {
	case KindLAsGetResponse:
		return "omobility-las-get-response"
	case KindLAsUpdateRequest:
		return "omobility-las-update-request"
	case KindOMobilitiesGetResponse:
		return "omobilities-get-response"
	case KindOMobilitiesUpdateRequest:
		return "omobilities-update-request"
	}
	return ""
}

// Document is one of the four documents of this package:
// *LAsGetResponse, *LAsUpdateRequest, *OMobilitiesGetResponse or
// *OMobilitiesUpdateRequest. No other type implements it.
type Document interface {
	// Kind returns the kind of the document.
	Kind() Kind
	document()
}

// Kind returns KindLAsGetResponse.
func (*LAsGetResponse) Kind() Kind { return KindLAsGetResponse }

// Kind returns KindLAsUpdateRequest.
func (*LAsUpdateRequest) Kind() Kind { return KindLAsUpdateRequest }

// Kind returns KindOMobilitiesGetResponse.
func (*OMobilitiesGetResponse) Kind() Kind { return KindOMobilitiesGetResponse }

// Kind returns KindOMobilitiesUpdateRequest.
func (*OMobilitiesUpdateRequest) Kind() Kind { return KindOMobilitiesUpdateRequest }

func (*LAsGetResponse) document()           {}
func (*LAsUpdateRequest) document()         {}
func (*OMobilitiesGetResponse) document()   {}
func (*OMobilitiesUpdateRequest) document() {}
