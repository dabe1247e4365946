// Package beamfacts runs newsfacts in an Apache Beam pipeline, for corpora
// beyond one machine: the same pipeline runs in-process on Beam's Prism
// runner and on Flink, Spark or Dataflow, chosen by Beam's --runner flag.
//
// Extract takes a PCollection of Doc (id, date, text) to a PCollection of
// JSON Lines, one fact document per line: the lines the newsfacts command
// writes with --format jsonl for the same records, error lines included,
// though not in the same order (Beam has none). ReadJSONL and ReadText turn
// files into Docs; they read through Beam's file systems, which a program
// registers by importing them (beamx does, for local files and gs://).
//
// It lives in its own module so that the command's module and go.sum do not
// carry Beam; it uses only the public package github.com/newsfacts/newsfacts.
package beamfacts
