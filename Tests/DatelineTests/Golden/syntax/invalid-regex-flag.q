statements where text matches /cyber/gi
