package ewp

import (
	"bytes"
	"fmt"
	"testing"
)

// benchLAs is a get-response of n learning agreements like testLA, each
// with 12 more studied and recognised components: about 9 KB an LA.
func benchLAs(n int) *LAsGetResponse {
	doc := &LAsGetResponse{}
	for i := range n {
		la := testLA()
		la.OMobilityID = fmt.Sprintf("auhl-2025-%04d", i)
		for j := range 12 {
			c := Component{LosID: fmt.Sprintf("CR/%d-%d", i, j), LosCode: fmt.Sprintf("ART-%03d", j), Title: "Contemporary practice & theory",
				LoiID: fmt.Sprintf("CRI/%d-%d-2025", i, j), TermID: semester(), Credits: []Credit{ECTS(MustDecimal("2.5"))}}
			la.FirstVersion.Studied.Components = append(la.FirstVersion.Studied.Components, c)
			c.RecognitionConditions = "passed at the receiving institution"
			la.FirstVersion.Recognized.Components = append(la.FirstVersion.Recognized.Components, c)
		}
		doc.LAs = append(doc.LAs, la)
	}
	return doc
}

// benchSource is the document of benchLAs(50) as Marshal writes it.
func benchSource(b *testing.B) []byte {
	src, err := Marshal(benchLAs(50))
	if err != nil {
		b.Fatal(err)
	}
	return src
}

func BenchmarkDecodeLAs(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeLAsGetResponse(bytes.NewReader(src)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeLAs(b *testing.B) {
	doc := benchLAs(50)
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Marshal(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRoundTripLAs reads and writes the document: its MB/s is that
// of decode plus encode together.
func BenchmarkRoundTripLAs(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := DecodeLAsGetResponse(bytes.NewReader(src))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Marshal(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChangesProposalID(b *testing.B) {
	p := testLA().ChangesProposal
	b.ReportAllocs()
	for b.Loop() {
		_ = ChangesProposalID(p)
	}
}
