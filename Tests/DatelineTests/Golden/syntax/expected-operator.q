statements where topic cyber
