articles where date = 2014-02-30
