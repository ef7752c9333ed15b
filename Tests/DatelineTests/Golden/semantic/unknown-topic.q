statements where topic = cybr
