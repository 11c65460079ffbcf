class R:
    def __repr__(self):
        raise KeyError('repr')

print(f'{R()!r}')
