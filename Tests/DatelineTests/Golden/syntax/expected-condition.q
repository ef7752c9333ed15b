statements where and topic = cyber
