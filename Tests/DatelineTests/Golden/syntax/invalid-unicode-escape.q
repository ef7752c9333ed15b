statements where text contains "\u{D800}"
