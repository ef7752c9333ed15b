articles | limit 2.5
