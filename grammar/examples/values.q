# Strings, bare words in any script, numbers, dates and parameters.
statements where country = "China"
statements where country = China
statements where country = CN or country = CHN
statements where country = Chine
statements where country = "الصين"
statements where country = الصين
statements where country = 中国
statements where speaker = al-Sisi
articles where language in (fr, French, français)
statements where text contains "he said \"no\" \\ twice\n\ttoday \u{1F600}"
statements where text contains "spread over
two lines"
statements where start >= 0 and end < 1.5e3 and start > -2.25
articles where date = 2014-12-22
articles where date = 2014-12
articles where date = 2014
articles where date = 2014-1-5
statements where country = $country and topic in ($topic, cyber)
topics where value = 5G
