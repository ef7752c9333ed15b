statements where country = $
