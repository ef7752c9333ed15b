let = statements where topic = cyber
