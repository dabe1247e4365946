package main

import (
	"github.com/spf13/cobra"

	"github.com/newsfacts/newsfacts/internal/facts"
)

func newSchemaCmd(s streams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of one output document",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := s.out.Write(facts.Schema)
			return err
		},
	}
}
