statements where topic = cyber where country = CN
