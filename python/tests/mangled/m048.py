class S:
    def __str__(self):
        return '<' + format(self) + '>'

print(S())
