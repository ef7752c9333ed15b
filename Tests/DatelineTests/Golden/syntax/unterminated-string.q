statements where country = "China
articles
