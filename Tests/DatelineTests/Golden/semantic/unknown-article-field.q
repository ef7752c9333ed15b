statements where article.langage = fr
