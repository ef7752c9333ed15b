statements where topic = cyber
| count by country
