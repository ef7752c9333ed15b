statements where text contains "a\qb"
