"""Step « Communication »: the communication plan and the partners to inform."""
