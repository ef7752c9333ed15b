statements where start > many
