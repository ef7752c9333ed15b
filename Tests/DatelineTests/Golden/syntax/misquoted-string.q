statements where country = 'China'
