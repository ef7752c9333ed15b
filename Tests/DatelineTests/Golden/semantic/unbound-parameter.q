statements where country = $who
