statements wher topic = cyber
