package main

import (
	"runtime/debug"
	"testing"
)

func TestVersionFrom(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d"}, {Key: "vcs.time", Value: "2026-12-08T00:15:00Z"}, {Key: "vcs.modified", Value: "true"}}
	tests := []struct {
		name    string
		ldflags string
		info    *debug.BuildInfo
		ok      bool
		want    string
	}{
		{"no build info", "", nil, false, "devel"},
		{"ldflags release wins", "v1.2.0", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, true, "v1.2.0 go1.26.8"},
		{"go install module@v1.2.0", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, true, "v1.2.0 go1.26.8"},
		{"go install of a commit: the pseudo-version names it", "", &debug.BuildInfo{GoVersion: "go1.26.8",
			Main: debug.Module{Version: "v0.0.0-20261208001500-1a2b3c4d5e6f"}, Settings: vcs}, true, "v0.0.0-20261208001500-1a2b3c4d5e6f go1.26.8"},
		{"go build in a checkout with changes", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: vcs}, true,
			"devel 1a2b3c4d5e6f 2026-12-08T00:15:00Z dirty go1.26.8"},
		{"-buildvcs=false: no revision", "", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, true, "devel go1.26.8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionFrom(tt.ldflags, tt.info, tt.ok); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
