def counter(start):
