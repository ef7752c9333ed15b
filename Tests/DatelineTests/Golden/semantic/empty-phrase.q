statements where text contains "..."
