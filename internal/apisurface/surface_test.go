package apisurface

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/auhl/auhl-go"

// typeRef names an exported type: its package's import path and its name.
type typeRef struct{ pkg, name string }

func (r typeRef) String() string { return r.pkg + "." + r.name }

// pkgInfo is what the test reads of one package.
type pkgInfo struct {
	path  string
	types map[string]*ast.TypeSpec
	files map[*ast.TypeSpec]*ast.File
	// methods of each type, by receiver type name.
	methods map[string][]*ast.FuncDecl
	// roots are the exported functions, variables and constants.
	roots []rootDecl
}

type rootDecl struct {
	file *ast.File
	node ast.Node
}

// jsonShapes are the packages whose exported types, beyond what their
// functions take and return, document the JSON their methods return as
// bytes, with the reason.
var jsonShapes = map[string]string{
	module + "/wasm": "the JSON the element reads from the API's methods, which return []byte",
}

// TestEveryExportedTypeIsReachable: an exported type of a public package
// (not internal, not a command) appears in what its package offers: the
// signature of an exported function or method, an exported field of a type
// that is itself reachable, the type of an exported variable or constant,
// a type with exported methods that callers build themselves, or an error
// type a caller tests with errors.As. Anything else, such as the inner
// records of a rules file that only the package's decoder reads, is
// unexported.
func TestEveryExportedTypeIsReachable(t *testing.T) {
	pkgs := readModule(t)
	require.NotEmpty(t, pkgs)
	reached := map[typeRef]bool{}
	var queue []typeRef
	mark := func(from *ast.File, pkg string, n ast.Node) {
		for _, r := range refs(from, pkg, n) {
			if !reached[r] {
				reached[r] = true
				queue = append(queue, r)
			}
		}
	}
	for _, p := range pkgs {
		for _, root := range p.roots {
			mark(root.file, p.path, root.node)
		}
		for name := range p.types {
			if isError(p.methods[name]) || hasExported(p.methods[name]) {
				r := typeRef{p.path, name}
				if !reached[r] {
					reached[r] = true
					queue = append(queue, r)
				}
			}
		}
	}
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		p := pkgs[r.pkg]
		if p == nil {
			continue
		}
		ts := p.types[r.name]
		if ts == nil {
			continue
		}
		f := p.files[ts]
		mark(f, p.path, exportedParts(ts))
		for _, m := range p.methods[r.name] {
			if m.Name.IsExported() {
				mark(f, p.path, m.Type)
			}
		}
	}
	var unreached []string
	for _, p := range pkgs {
		if internalOrCommand(p.path) || jsonShapes[p.path] != "" {
			continue
		}
		for name := range p.types {
			if !reached[typeRef{p.path, name}] {
				unreached = append(unreached, typeRef{p.path, name}.String())
			}
		}
	}
	sort.Strings(unreached)
	assert.Empty(t, unreached, "exported types that no public function, method, field, variable or constant offers: unexport them")
}

// TestTheCheckSeesAnUnreachableType: the check above, on a package made
// for it, finds the one type nothing offers.
func TestTheCheckSeesAnUnreachableType(t *testing.T) {
	src := `package p
type Rules struct { Items []Item; hidden inner }
type Item struct { Limit Limit }
type Limit int
type inner struct{ X Orphan }
type Orphan struct{}
type Failure struct{}
func (Failure) Error() string { return "" }
func Load() (*Rules, error) { return nil, nil }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	require.NoError(t, err)
	p := collect("example.org/p", []*ast.File{f})
	got := map[string]bool{}
	for _, root := range p.roots {
		for _, r := range refs(root.file, p.path, root.node) {
			got[r.name] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for name := range got {
			ts := p.types[name]
			for _, r := range refs(f, p.path, exportedParts(ts)) {
				if !got[r.name] {
					got[r.name], changed = true, true
				}
			}
		}
	}
	assert.Equal(t, map[string]bool{"Rules": true, "Item": true, "Limit": true}, got)
	assert.True(t, isError(p.methods["Failure"]))
	assert.False(t, isError(p.methods["Rules"]))
}

// readModule parses the non-test Go files of every package of the module.
func readModule(t *testing.T) map[string]*pkgInfo {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(root, "go.mod"))
	require.NoError(t, err, "the module's root")
	byDir := map[string][]*ast.File{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			base := d.Name()
			if p != root && (strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_") || base == "testdata" || base == "node_modules" || base == "dist") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil
		}
		byDir[filepath.Dir(p)] = append(byDir[filepath.Dir(p)], f)
		return nil
	})
	require.NoError(t, err)
	pkgs := map[string]*pkgInfo{}
	for dir, files := range byDir {
		rel, err := filepath.Rel(root, dir)
		require.NoError(t, err)
		ip := module
		if rel != "." {
			ip = path.Join(module, filepath.ToSlash(rel))
		}
		pkgs[ip] = collect(ip, files)
	}
	return pkgs
}

// collect gathers the exported types, their methods and the package's
// exported functions, variables and constants.
func collect(ip string, files []*ast.File) *pkgInfo {
	p := &pkgInfo{path: ip, types: map[string]*ast.TypeSpec{}, files: map[*ast.TypeSpec]*ast.File{}, methods: map[string][]*ast.FuncDecl{}}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil {
					if name := receiver(d.Recv.List[0].Type); name != "" {
						p.methods[name] = append(p.methods[name], d)
					}
					continue
				}
				if d.Name.IsExported() {
					p.roots = append(p.roots, rootDecl{f, d.Type})
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							p.types[s.Name.Name] = s
							p.files[s] = f
						}
					case *ast.ValueSpec:
						for i, n := range s.Names {
							if !n.IsExported() {
								continue
							}
							if s.Type != nil {
								p.roots = append(p.roots, rootDecl{f, s.Type})
							}
							if i < len(s.Values) {
								p.roots = append(p.roots, rootDecl{f, s.Values[i]})
							}
						}
					}
				}
			}
		}
	}
	return p
}

// receiver is the type name of a method's receiver.
func receiver(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// exportedParts is what a caller sees of a type: for a struct its exported
// and embedded fields, for an interface its methods, for any other type its
// whole definition (including type parameters' constraints).
func exportedParts(ts *ast.TypeSpec) ast.Node {
	st, ok := ts.Type.(*ast.StructType)
	if !ok {
		return ts
	}
	var seen []ast.Expr
	if ts.TypeParams != nil {
		for _, f := range ts.TypeParams.List {
			seen = append(seen, f.Type)
		}
	}
	for _, f := range st.Fields.List {
		if len(f.Names) == 0 {
			seen = append(seen, f.Type)
			continue
		}
		for _, n := range f.Names {
			if n.IsExported() {
				seen = append(seen, f.Type)
				break
			}
		}
	}
	return &ast.CompositeLit{Elts: seen}
}

// refs lists the module's exported types that n names, in its own package
// or in another package of the module through the file's imports.
func refs(f *ast.File, pkg string, n ast.Node) []typeRef {
	if n == nil {
		return nil
	}
	imports := map[string]string{}
	for _, im := range f.Imports {
		p, err := strconv.Unquote(im.Path.Value)
		if err != nil || !strings.HasPrefix(p, module) {
			continue
		}
		name := path.Base(p)
		if im.Name != nil {
			name = im.Name.Name
		}
		imports[name] = p
	}
	var out []typeRef
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				if p, ok := imports[id.Name]; ok {
					out = append(out, typeRef{p, x.Sel.Name})
					return false
				}
			}
		case *ast.Ident:
			if x.IsExported() {
				out = append(out, typeRef{pkg, x.Name})
			}
		}
		return true
	})
	return out
}

// isError reports whether the methods include Error() string: an error
// type that callers reach with errors.As.
func isError(ms []*ast.FuncDecl) bool {
	for _, m := range ms {
		if m.Name.Name == "Error" && m.Type.Params.NumFields() == 0 && m.Type.Results.NumFields() == 1 {
			return true
		}
	}
	return false
}

// hasExported reports whether a type has exported methods: callers build
// such a type themselves (a Validator, a Decoder with its limits) and use
// it.
func hasExported(ms []*ast.FuncDecl) bool {
	for _, m := range ms {
		if m.Name.IsExported() {
			return true
		}
	}
	return false
}

// internalOrCommand reports whether ip is an internal package, whose
// exports are not the module's public surface.
func internalOrCommand(ip string) bool {
	return strings.Contains(ip+"/", "/internal/")
}
