package schema_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/auhl/auhl-go/auhl/schema"
)

// Read a committed schema file and look at what it allows.
func Example() {
	b, err := schema.Get("institution")
	if err != nil {
		log.Fatal(err)
	}
	var s struct {
		ID   string   `json:"$id"`
		Type string   `json:"type"`
		Enum []string `json:"enum"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.ID)
	fmt.Println(s.Type, s.Enum)
	// Output:
	// https://github.com/auhl/auhl-go/schema/v1/institution.schema.json
	// string [uhasselt pxl auhl]
}

// The property schema of a programme's level, in the catalogue's schema.
func ExampleGet() {
	b, err := schema.Get("catalog.schema.json")
	if err != nil {
		log.Fatal(err)
	}
	var s struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Description string   `json:"description"`
				Enum        []string `json:"enum"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		log.Fatal(err)
	}
	level := s.Defs["Programme"].Properties["level"]
	fmt.Println(level.Description)
	fmt.Println(level.Enum)
	// Output:
	// Level is the programme's level.
	// [graduaat professional-bachelor academic-bachelor master bridging preparatory advanced]
}
