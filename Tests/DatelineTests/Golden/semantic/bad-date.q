articles where date > "last week"
