package schema

import (
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
)

// readComments reads the doc comments of the module's packages that the
// types ts reach, keyed as invopop/jsonschema's CommentMap expects:
// "<import path>.<Type>" for a type, "<import path>.<Type>.<Field>" for a
// struct field. It reads only the packages it needs, and only their non-test
// files, so that work elsewhere in the tree cannot break it.
func readComments(root, modulePath string, ts []reflect.Type) (map[string]string, error) {
	out := map[string]string{}
	if root == "" {
		return out, nil
	}
	for _, pkg := range packagesOf(modulePath, ts) {
		rel := strings.TrimPrefix(strings.TrimPrefix(pkg, modulePath), "/")
		dir := filepath.Join(root, filepath.FromSlash(rel))
		if err := readPackageComments(dir, pkg, out); err != nil {
			return nil, err
		}
	}
	instantiated(modulePath, ts, out)
	return out, nil
}

// instantiated gives each instance of a generic type that ts reach, such
// as rules.File[auhl.AcademicYear, admission.Rules], the comments of its
// declaration: the reflector looks them up under the instance's name.
func instantiated(modulePath string, ts []reflect.Type, out map[string]string) {
	visitTypes(ts, func(t reflect.Type) {
		p, name := t.PkgPath(), t.Name()
		i := strings.IndexByte(name, '[')
		if i < 0 || !(p == modulePath || strings.HasPrefix(p, modulePath+"/")) {
			return
		}
		base := p + "." + name[:i]
		inst := p + "." + name
		for k, v := range out {
			if k == base || strings.HasPrefix(k, base+".") {
				out[inst+strings.TrimPrefix(k, base)] = v
			}
		}
	})
}

// packagesOf lists, sorted, the import paths inside the module modulePath
// of the named types that ts reach through pointers, slices, arrays, maps
// and struct fields.
func packagesOf(modulePath string, ts []reflect.Type) []string {
	pkgs := map[string]bool{}
	visitTypes(ts, func(t reflect.Type) {
		// An external test package (path ending in _test) has no
		// directory of its own, and its files are not read anyway.
		if p := t.PkgPath(); (p == modulePath || strings.HasPrefix(p, modulePath+"/")) && !strings.HasSuffix(p, "_test") {
			pkgs[p] = true
		}
	})
	out := make([]string, 0, len(pkgs))
	for p := range pkgs {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// visitTypes calls f once for every type that ts reach through pointers,
// slices, arrays, maps and struct fields.
func visitTypes(ts []reflect.Type, f func(reflect.Type)) {
	seen := map[reflect.Type]bool{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		f(t)
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			visit(t.Elem())
		case reflect.Map:
			visit(t.Key())
			visit(t.Elem())
		case reflect.Struct:
			for i := 0; i < t.NumField(); i++ {
				visit(t.Field(i).Type)
			}
		}
	}
	for _, t := range ts {
		visit(t)
	}
}

// readPackageComments adds the comments of the types and their exported
// fields declared in the non-test Go files of dir, the package pkg. An
// unexported type counts too: a rules file's inner records are unexported
// but are part of the file's schema.
func readPackageComments(dir, pkg string, out map[string]string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("schema: reading the doc comments of %s: %w", pkg, err)
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("schema: reading the doc comments of %s: %w", pkg, err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, spec := range gd.Specs {
				ts := spec.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && !gd.Lparen.IsValid() {
					doc = gd.Doc // type T ... without parentheses
				}
				key := pkg + "." + ts.Name.Name
				if txt := plainText(doc); txt != "" {
					out[key] = txt
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, field := range st.Fields.List {
					doc := field.Doc
					if doc == nil {
						doc = field.Comment
					}
					txt := plainText(doc)
					if txt == "" {
						continue
					}
					for _, n := range field.Names {
						if n.IsExported() {
							out[key+"."+n.Name] = txt
						}
					}
				}
			}
		}
	}
	return nil
}

// plainText renders a doc comment as plain text: a paragraph on one line,
// paragraphs apart by an empty line, doc links as their text ("[Finding]"
// becomes "Finding").
func plainText(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	p := comment.Parser{
		LookupPackage: func(string) (string, bool) { return "", true },
		LookupSym:     func(string, string) bool { return true },
	}
	pr := comment.Printer{TextWidth: -1}
	return strings.TrimSpace(string(pr.Text(p.Parse(g.Text()))))
}
