where topic = cyber
