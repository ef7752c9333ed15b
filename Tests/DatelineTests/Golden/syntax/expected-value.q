statements where topic = )
