class H:
    def __hash__(self):
        raise RuntimeError('unhashable today')

d = {}
d[H()] = 1
