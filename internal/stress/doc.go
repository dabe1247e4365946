// Package stress is the harness behind `make stress` (issue 18): it
// generates hostile and careless inputs, each family at two sizes 4x apart,
// runs the built newsfacts binary on each under an address-space limit, and
// judges every pair: a crash, a run over the memory limit or the time limit,
// output out of proportion to the input, or CPU time growing more than 8x for
// 4x the input (a quadratic case grows 16x; the bound is loose because the
// machines it runs on are shared and noisy) fails the run.
//
// It is a program (internal/stress/cmd/stress) and not a test, because it
// measures a separate process: the binary as users run it, with its own
// peak resident memory (getrusage of the child) and CPU time, under a limit
// that must not apply to the harness itself, and it prints a table a person
// reads. The generators and the verdict are plain functions, unit tested in
// this package like any other code.
package stress
