# two mistakes in one query: both reported, nothing else
statements where topic = cybr and kind = drect
