class D:
    def __del__(self):
        raise ValueError('in __del__')

d = D()
del d
print('after del')
