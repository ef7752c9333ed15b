statements where speaker = José @ x
