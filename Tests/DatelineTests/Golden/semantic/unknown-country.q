statements where country = Frnace
