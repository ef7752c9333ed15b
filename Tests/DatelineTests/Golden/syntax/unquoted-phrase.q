statements where text contains cyber attacks
