statements where speaker = O'Brien
