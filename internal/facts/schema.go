package facts

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of one output document; the
// tests validate every output against it and `newsfacts schema` prints it.
//
//go:embed schema.json
var Schema []byte
