statements where topic = cyber @ x
