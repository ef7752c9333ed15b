statments where topic = cyber
