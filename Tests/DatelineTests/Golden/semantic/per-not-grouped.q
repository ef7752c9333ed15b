statements | count by country, kind top 1 per topic
