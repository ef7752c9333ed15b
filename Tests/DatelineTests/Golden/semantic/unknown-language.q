articles where language = Frnch
