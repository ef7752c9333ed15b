statements where text matches /cyber
