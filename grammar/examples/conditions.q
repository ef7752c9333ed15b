-- Every operator of a condition, and how they bind: not, then and, then or.
statements where topic = cyber
statements where country != US
statements where start < 100 and end <= 2000
statements where start > 10 or end >= 20
statements where country in (CN, RU, "Iran")
statements where country not in (US, GB)
articles where date between 2014-12-01 and 2014-12-31
articles where date not between 2014 and 2015
statements where text contains "cyber attacks"
statements where text not contains "hackers"
statements where text matches /cyber ?(attack|war)s?/i
statements where text not matches /^\s*$/
statements where text matches /and\/or/
statements where speaker is null
statements where speaker is not null
statements where not topic = cyber
statements where not (topic = cyber or topic = trade) and country = CN
statements where topic = cyber or topic = trade and country = CN
statements where (topic = cyber or topic = trade) and country = CN
statements where not not topic = cyber
statements where a = 1 and (b = 2 and c = 3)
statements where (a = 1 and b = 2) and c = 3
statements where a = 1 or b = 2 or c = 3 or d = 4 or e = 5
statements where article.language = ar and article.date >= 2014-12
STATEMENTS WHERE Topic = cyber AND NOT country = US
