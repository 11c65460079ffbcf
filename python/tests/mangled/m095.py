class B:
    def __bool__(self):
        raise ZeroDivisionError('truth')

if B():
    print('yes')
