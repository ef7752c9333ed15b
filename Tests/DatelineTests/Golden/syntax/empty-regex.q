statements where text matches //
