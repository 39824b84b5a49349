package schema

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// BaseID is the versioned base of the $id of every schema file: a file's $id
// is BaseID followed by its file name, such as
// "https://github.com/auhl/auhl-go/schema/v1/catalog.schema.json". The
// version changes only with an incompatible change of the formats.
const BaseID = "https://github.com/auhl/auhl-go/schema/v1/"

// Ext is the file name extension of every schema file.
const Ext = ".schema.json"

//go:embed v1
var embedded embed.FS

// FS holds the committed schema files, at its root ("catalog.schema.json",
// ...), beside a README.md that explains them.
var FS fs.FS = mustSub(embedded, "v1")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		// fs.Sub fails only on an invalid path, and "v1" is valid.
		panic(err)
	}
	return sub
}

// ErrUnknown is the error of Get for a name that has no schema file.
var ErrUnknown = errors.New("schema: no such schema")

// Names returns the file names of the committed schemas, sorted, such as
// "academic-year.schema.json".
func Names() []string {
	entries, err := fs.ReadDir(FS, ".")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), Ext) {
			out = append(out, e.Name())
		}
	}
	slices.Sort(out)
	return out
}

// Get returns the contents of the schema file name, given as a file name
// such as "catalog.schema.json" or as the schema's name without the
// extension ("catalog"). The bytes are a copy the caller may keep and change. An
// unknown name gives an error that matches ErrUnknown.
func Get(name string) ([]byte, error) {
	if !strings.HasSuffix(name, Ext) {
		name += Ext
	}
	if !fs.ValidPath(name) || path.Base(name) != name {
		return nil, fmt.Errorf("%w: %q", ErrUnknown, name)
	}
	b, err := fs.ReadFile(FS, name)
	if err != nil {
		return nil, fmt.Errorf("%w: %q", ErrUnknown, name)
	}
	return b, nil
}

// ID returns the $id of the schema file name (with or without Ext): BaseID
// followed by the file name.
func ID(name string) string {
	if !strings.HasSuffix(name, Ext) {
		name += Ext
	}
	return BaseID + name
}
