statements where text matches /(unclosed/
