articles | select title,
