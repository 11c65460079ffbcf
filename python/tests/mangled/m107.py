def counter(start):
    n = s