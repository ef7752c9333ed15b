statements where country = 中国 and topic == cyber
