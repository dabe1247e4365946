package main

import (
	"runtime/debug"
	"strings"
)

// version, when set at build time (-ldflags "-X main.version=v1.2.0"), is
// the release name; otherwise the build info says what built the binary.
var version = ""

// buildVersion names the build: the release set by -ldflags, else the
// module version `go install module@v1.2.0` records, else "devel"; then the
// VCS revision and commit time and "dirty" for uncommitted changes, when the
// build recorded them (go build in a git checkout without -buildvcs=false),
// so that any two binaries' outputs can be told apart.
func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	return versionFrom(version, info, ok)
}

func versionFrom(ldflags string, info *debug.BuildInfo, ok bool) string {
	v := ldflags
	if v == "" && ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if v == "" {
		v = "devel"
	}
	if !ok {
		return v
	}
	var rev, at string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	// A module version from the proxy already names its commit
	// (v0.0.0-20261208001500-1a2b3c4d5e6f); a checkout build adds it.
	if rev != "" && !strings.Contains(v, rev[:min(12, len(rev))]) {
		v += " " + rev[:min(12, len(rev))]
		if at != "" {
			v += " " + at
		}
		if dirty {
			v += " dirty"
		}
	}
	return v + " " + info.GoVersion
}
