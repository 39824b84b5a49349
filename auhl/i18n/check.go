//go:build !auhlwidget

package i18n

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/auhl/auhl-go/auhl"
)

// CheckPackage checks the message file of package pkg, embedded here or
// registered with Register, against codes, the codes pkg declares (its
// Codes function): the file is strict JSON of the documented format; every
// code is declared once, with parameters of valid kinds, and has a message
// in Dutch and in English in pkg's own file; a message uses only the
// parameters its code carries, a plural selector an int one, {x:date} a
// date, {x:year} a year and {x:label} a string (a message code); and every
// message of the file has a declared code. It returns every mismatch,
// joined, or nil. Each package's tests call it, so that a code without
// both texts, or a text without a code, fails them.
func CheckPackage(pkg string, codes []auhl.CodeSpec) error {
	data, ok := fileOf(pkg)
	if !ok {
		return fmt.Errorf("i18n: no messages of %s are embedded or registered", pkg)
	}
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	var f struct {
		Package  string `json:"package"`
		Messages []struct {
			Code string          `json:"code"`
			NL   json.RawMessage `json:"nl"`
			EN   json.RawMessage `json:"en"`
		} `json:"messages"`
	}
	if err := auhl.DecodeJSON([]byte(data), &f); err != nil {
		fail("%s: the message file is invalid: %w", pkg, err)
	}
	b := get()
	declared := map[string]bool{}
	for _, spec := range codes {
		if declared[spec.Code] {
			fail("%s: code %s is declared twice", pkg, spec.Code)
		}
		declared[spec.Code] = true
		if from := b.pkg[spec.Code]; from != pkg {
			if from == "" {
				fail("%s: code %s has no message", pkg, spec.Code)
			} else {
				fail("%s: code %s has its message in the file of %s", pkg, spec.Code, from)
			}
			continue
		}
		kinds := map[string]auhl.ParamKind{}
		for _, p := range spec.Params {
			if !p.Kind.Valid() {
				fail("%s: parameter %s of %s has kind %q", pkg, p.Name, spec.Code, p.Kind)
			}
			kinds[p.Name] = p.Kind
		}
		errs = append(errs, b.checkParams(spec.Code, kinds)...)
	}
	for code, from := range b.pkg {
		if from == pkg && !declared[code] {
			fail("%s: the message of %s has no declared code", pkg, code)
		}
	}
	return errors.Join(errs...)
}

// checkParams checks that the messages of code use only the parameters of
// kinds, each as its kind allows.
func (b *bundle) checkParams(code string, kinds map[string]auhl.ParamKind) []error {
	var errs []error
	for _, l := range auhl.Langs() {
		for _, name := range b.used[code][l] {
			if _, ok := kinds[name]; !ok {
				errs = append(errs, fmt.Errorf("%s: the %s message uses {%s}, which the code does not carry", code, l, name))
			}
		}
	}
	c := b.byCode[code]
	for _, s := range c.selectors {
		if kinds[s] != auhl.KindInt {
			errs = append(errs, fmt.Errorf("%s: plural selector {%s} is not an int parameter", code, s))
		}
	}
	want := map[string]auhl.ParamKind{"date": auhl.KindDate, "year": auhl.KindYear, "label": auhl.KindString}
	for name, f := range c.formats {
		if k, ok := want[f]; ok && kinds[name] != k {
			errs = append(errs, fmt.Errorf("%s: {%s:%s} needs a %s parameter", code, name, f, k))
		}
	}
	return errs
}

// fileOf returns the message file of pkg.
func fileOf(pkg string) (string, bool) {
	registry.Lock()
	defer registry.Unlock()
	for _, f := range slices.Concat(ownFiles, registry.files) {
		if f.pkg == pkg {
			return f.data, true
		}
	}
	return "", false
}
