let articles = statements where topic = cyber
