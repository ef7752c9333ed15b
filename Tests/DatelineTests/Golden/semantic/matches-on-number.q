statements where start matches /1/
