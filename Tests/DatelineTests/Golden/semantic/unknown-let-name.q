let french = statements where country = France
frenhc | count
