// Package nationalities finds demonyms ("Hungarian soldiers", "Serbs",
// "pro-Russian") and the country each names. It owns the gazetteer of
// demonyms and place names (Tables), which the entities extractor shares.
package nationalities
