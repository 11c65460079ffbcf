# match: alternatives of an or-pattern must bind the same names.
print("never printed")
match (1, 2):
    case (x, 1) | (1, y):
        pass
