package quotes

// Internals the external tests reach.
var LastField = lastField

const MaxQuoteParas = maxQuoteParas
