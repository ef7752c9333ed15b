statements where speaker = null
