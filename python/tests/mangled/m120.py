class E:
    def __eq__(self, other):
        raise TypeError('cannot compare')

print([1, 2, 3].index(E()))
