def reader():
    try:
        for i in range(10):
            yield i
    finally:
        print("reader cleanup")


r = reader()
print(next(r), next(r))
r.close()
print("closed")
print(next(r, "nothing more"))
r.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


s = stubborn()
next(s)
s.close()
