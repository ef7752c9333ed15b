statements where topic == cyber
