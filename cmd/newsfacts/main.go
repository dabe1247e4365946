// Command newsfacts turns English news articles into structured, checkable
// facts: sentences, entities, numbers, nationalities, dates and quotes, each
// with byte offsets into the input.
package main

import "os"

func main() {
	boostStartupGC()
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
