package ewp

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seeds adds the fixtures and the shared examples (when present) to f.
func seeds(f *testing.F) {
	for _, d := range []Document{
		&LAsGetResponse{LAs: []LearningAgreement{testLA()}}, testLAsUpdate(),
		&OMobilitiesGetResponse{Mobilities: []StudentMobility{testMobility()}}, testOMobilitiesUpdate(),
	} {
		out, err := Marshal(d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(out)
	}
	f.Add([]byte(`<la><omobility-id>x</omobility-id></la>`))
	f.Add([]byte(`<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>`))
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "ewp", "examples", "*.xml"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
}

// roundTrip checks what any successfully decoded document must satisfy:
// validation does not fail, and a valid document writes and reads back
// to itself.
func roundTrip(t *testing.T, doc Document) {
	fs := Validate(doc)
	if HasErrors(fs) {
		if _, err := Marshal(doc); err == nil {
			t.Fatal("Marshal wrote a document with errors")
		}
		return
	}
	out, err := Marshal(doc)
	if err != nil {
		t.Fatalf("Marshal of a valid document: %v", err)
	}
	again, err := Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("reading back: %v\n%s", err, out)
	}
	// Text may only lose characters XML cannot carry.
	out2, err := Marshal(again)
	if err != nil || !bytes.Equal(out, out2) {
		t.Fatalf("the second round differs: %v\n%s\n%s", err, out, out2)
	}
}

func FuzzDecode(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := Decode(bytes.NewReader(b))
		if err == nil {
			roundTrip(t, doc)
		}
	})
}

func FuzzDecoderNoNamespace(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, k := range kinds {
			doc, fs, err := Check(bytes.NewReader(b), k)
			if err == nil && !HasErrors(fs) {
				roundTrip(t, doc)
			}
		}
	})
}

func FuzzDecodeTyped(f *testing.F) {
	seeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		if d, err := DecodeLAsGetResponse(bytes.NewReader(b)); err == nil {
			roundTrip(t, d)
		}
		if d, err := DecodeLAsUpdateRequest(bytes.NewReader(b)); err == nil {
			roundTrip(t, d)
		}
		if d, err := DecodeOMobilitiesGetResponse(bytes.NewReader(b)); err == nil {
			roundTrip(t, d)
		}
		if d, err := DecodeOMobilitiesUpdateRequest(bytes.NewReader(b)); err == nil {
			roundTrip(t, d)
		}
	})
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"9", "-0.5", "+07.50", ".5", "1e3", "999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s)
		if err != nil {
			return
		}
		again, err := ParseDecimal(d.String())
		if err != nil || again != d {
			t.Fatalf("%q -> %s -> %v, %v", s, d, again, err)
		}
		if strings.ContainsAny(d.String(), "eE") {
			t.Fatalf("exponent in %s", d)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-09-22", "2003-04-12Z", "2025-02-29", "2024-02-29+02:00", "-0001-01-01", " 2025-01-01 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		again, err := ParseDate(d.String())
		if err != nil || again != d {
			t.Fatalf("%q -> %s -> %v, %v", s, d, again, err)
		}
	})
}
