class F:
    def __format__(self, spec):
        raise ValueError(f'bad spec {spec!r}')

print(f'{F():>10}')
