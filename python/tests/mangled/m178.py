class I:
    def __iter__(self):
        raise ValueError('no iteration')

for x in I():
    print(x)
