statements where topic < cyber
