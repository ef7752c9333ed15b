statements where topic = cyber)
