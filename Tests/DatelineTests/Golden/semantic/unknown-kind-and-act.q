statements where kind = drect or act = condem
