# Ordering, limiting, selecting, counting, with and without pipes.
articles order by date desc
articles order by date desc, title asc | limit 10
articles | select title, date, language
statements where topic = cyber | count
statements where topic = cyber | count by country
statements | count by country, speaker
statements | count by country top 3
statements | count by country, speaker top 3 per country
statements | count by country | order by count desc | limit 5
statements where topic = cyber order by article.date desc limit 3 select speaker, text
mentions | count by type, value top 1 per type
