// Package diff compares two newsfacts outputs (JSONL, or a json array)
// document by document and fact by fact: the regression check when a
// corpus or newsfacts itself changes. Documents are matched by source and
// facts by kind and byte offsets; everything else about a fact is a field
// whose change is reported. It reads the outputs as generic JSON, so fields
// that later versions add to the contract are compared without changes here.
//
// Both inputs are streamed side by side: when the two outputs list their
// documents in the same order (the usual case, as newsfacts's output order
// does not depend on --jobs) memory holds one document of each.
package diff
