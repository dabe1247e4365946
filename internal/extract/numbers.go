package extract

// numbers fills Out.Numbers. Not built yet: see the numbers issue.
func numbers(c *Context) {}
