statements where topic = "cyber" "attacks"
