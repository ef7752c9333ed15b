statements where (topic = cyber or country = CN
articles where language = fr
