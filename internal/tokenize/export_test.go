package tokenize

// MaxSpecial is exported for the test that every emoticon fits under it.
const MaxSpecial = maxSpecial
