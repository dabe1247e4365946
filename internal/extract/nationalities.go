package extract

// nationalities fills Out.Nationalities. Not built yet: see the
// nationalities issue.
func nationalities(c *Context) {}
