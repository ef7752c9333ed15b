statements | limit 5 where topic = cyber
