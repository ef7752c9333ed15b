statements where country = الصين and topic = = cyber
