statements where topic = count
