class Weird(Exception):
    def __str__(self):
        raise RuntimeError('str of exception')

raise Weird('x')
