def worker():
    while True:
        try:
            job = yield
            print("got", job)
        except ValueError as e:
            print("recovered from", e)
            yield "recovered"


w = worker()
next(w)
w.send("a")
print(w.throw(ValueError("bad job")))
next(w)
w.send("b")
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", repr(e))
print(next(w, "closed after error"))
