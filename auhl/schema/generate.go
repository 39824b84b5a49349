package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"
)

// File is one schema file to generate: the schema of Type, written as Name
// followed by Ext.
type File struct {
	// Name is the schema's name in kebab case, such as "validation-error".
	Name string
	// Type is the Go type the file describes; a pointer type stands for
	// its element type.
	Type reflect.Type
}

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Generate reflects the type of every file with the project's settings (see
// the package documentation) and returns the contents of the files keyed by
// file name ("catalog.schema.json"). Each file is a self-contained schema:
// its $id is cfg.BaseID followed by its file name, and its $defs hold every
// type it refers to. A field of a declared type that is optional gets the
// type's Optional schema. The bytes are deterministic: indented JSON with
// sorted keys, no HTML escaping, and a trailing newline.
//
// Generate fails on a name that is not kebab case or is given twice, a
// struct, map or slice type with a JSON encoding of its own that cfg.Types
// does not declare, two types of one name in one file, a reference to a
// definition that no file type or Type.Uses provides, and source files that
// cannot be read.
func Generate(cfg Config, files ...File) (map[string][]byte, error) {
	cfg = cfg.withDefaults()
	roots := make([]reflect.Type, 0, len(files))
	for _, f := range files {
		if f.Type == nil {
			return nil, fmt.Errorf("schema: file %q has no type", f.Name)
		}
		roots = append(roots, f.Type)
	}
	comments, err := readComments(cfg.ModuleRoot, cfg.ModulePath, append(roots, cfg.allTypes()...))
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(files))
	for _, f := range files {
		if !kebab.MatchString(f.Name) {
			return nil, fmt.Errorf("schema: file name %q is not kebab case", f.Name)
		}
		name := f.Name + Ext
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("schema: file %q is given twice", name)
		}
		b, err := generate(cfg, comments, name, f.Type)
		if err != nil {
			return nil, fmt.Errorf("schema: %s: %w", name, err)
		}
		out[name] = b
	}
	return out, nil
}

// generate reflects one file with a reflector of its own, so that its
// checks see only its own types.
func generate(cfg Config, comments map[string]string, name string, t reflect.Type) ([]byte, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	r, tr := newReflector(cfg, comments)
	s := r.ReflectFromType(t)
	if err := addUses(cfg, r, s); err != nil {
		return nil, err
	}
	applyOptional(s, tr, map[*jsonschema.Schema]bool{})
	if err := errors.Join(tr.errs...); err != nil {
		return nil, err
	}
	if s.Description == "" {
		s.Description = comments[t.PkgPath()+"."+t.Name()]
	}
	s.ID = jsonschema.ID(cfg.BaseID + name)
	s.Version = jsonschema.Version
	return canonical(s)
}

// addUses adds to s.Definitions the definitions that the schemas of
// declared types refer to (Type.Uses), until every local reference
// resolves.
func addUses(cfg Config, r *jsonschema.Reflector, s *jsonschema.Schema) error {
	uses := map[string]reflect.Type{}
	for _, d := range cfg.Types {
		for _, u := range d.Uses {
			uses[r.Namer(u)] = u
		}
	}
	sub := *r
	sub.ExpandedStruct = false
	if s.Definitions == nil {
		s.Definitions = jsonschema.Definitions{}
	}
	for {
		missing := missingRefs(s)
		if len(missing) == 0 {
			return nil
		}
		for _, n := range missing {
			u, ok := uses[n]
			if !ok {
				return fmt.Errorf("the reference %q has no definition: list its type in the Uses of the Type that refers to it", "#/$defs/"+n)
			}
			for k, d := range sub.ReflectFromType(u).Definitions {
				if _, ok := s.Definitions[k]; !ok {
					s.Definitions[k] = d
				}
			}
			if _, ok := s.Definitions[n]; !ok {
				return fmt.Errorf("the type %v of the reference %q gives no definition of that name", u, "#/$defs/"+n)
			}
		}
	}
}

// missingRefs returns, sorted, the names of the local definitions that s
// refers to but does not hold.
func missingRefs(s *jsonschema.Schema) []string {
	seen := map[string]bool{}
	walk(s, map[*jsonschema.Schema]bool{}, func(x *jsonschema.Schema) {
		if n, ok := strings.CutPrefix(x.Ref, "#/$defs/"); ok {
			if _, held := s.Definitions[n]; !held {
				seen[n] = true
			}
		}
	})
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// applyOptional replaces the schema of every optional property of a
// declared type by the type's Optional schema, keeping its description.
func applyOptional(s *jsonschema.Schema, tr *tracker, done map[*jsonschema.Schema]bool) {
	walk(s, done, func(x *jsonschema.Schema) {
		if x.Properties == nil {
			return
		}
		for p := x.Properties.Oldest(); p != nil; p = p.Next() {
			d := tr.declared[p.Value]
			if d == nil || d.Optional == nil || slices.Contains(x.Required, p.Key) {
				continue
			}
			o := d.Optional()
			o.Description = p.Value.Description
			p.Value = o
		}
	})
}

// walk calls fn on s and every schema below it, once each.
func walk(s *jsonschema.Schema, done map[*jsonschema.Schema]bool, fn func(*jsonschema.Schema)) {
	if s == nil || done[s] || s == jsonschema.TrueSchema || s == jsonschema.FalseSchema {
		return
	}
	done[s] = true
	fn(s)
	var subs []*jsonschema.Schema
	subs = append(subs, s.AllOf...)
	subs = append(subs, s.AnyOf...)
	subs = append(subs, s.OneOf...)
	subs = append(subs, s.PrefixItems...)
	subs = append(subs, s.Not, s.If, s.Then, s.Else, s.Items, s.Contains,
		s.AdditionalProperties, s.PropertyNames, s.ContentSchema)
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			subs = append(subs, p.Value)
		}
	}
	for _, m := range []map[string]*jsonschema.Schema{s.Definitions, s.PatternProperties, s.DependentSchemas} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			subs = append(subs, m[k])
		}
	}
	for _, x := range subs {
		walk(x, done, fn)
	}
}

// canonical encodes s as indented JSON with sorted keys, without HTML
// escaping, with a trailing newline.
func canonical(s *jsonschema.Schema) ([]byte, error) {
	raw, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	var tree any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(tree); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
