# Three mistakes, each reported once; the good queries between them are not.
articles where language = fr
statements wher topic = cyber
statements where (topic = cyber and
    country = = CN)
articles | limit 3
statements where topic = cyber | count by country top
countries
