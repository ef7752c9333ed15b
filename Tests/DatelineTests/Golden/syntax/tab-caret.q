statements where	topic = cyber and	@
