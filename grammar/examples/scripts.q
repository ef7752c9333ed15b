# A script: bindings, explain, ';' separators and queries over several lines.
let cyber = statements where topic = cyber
cyber | count by country
explain cyber | count by country top 3
let recent = articles where date >= 2014-12; recent | count by language; recent | limit 2

statements where topic = cyber and
    country in (CN, RU) |
    count by speaker
statements where (topic = cyber
    or topic = security) and
  article.language = ar   -- a trailing comment
explain statements where country = CN and
    not topic = trade
;;
