# Every source, bare and filtered. Lines starting with '#' or '--' are comments.
articles
statements
mentions
countries
people
speakers
topics
languages
articles where language = fr
mentions where type = country and value = CN
