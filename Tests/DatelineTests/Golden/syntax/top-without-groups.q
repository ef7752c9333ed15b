statements where topic = cyber | count top 3
