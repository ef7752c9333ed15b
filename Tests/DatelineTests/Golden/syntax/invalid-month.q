articles where date >= 2014-13
