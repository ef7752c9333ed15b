statements where topik = cyber
