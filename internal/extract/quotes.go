package extract

// quotes fills Out.Quotes. Not built yet: see the quotes issue.
func quotes(c *Context) {}
