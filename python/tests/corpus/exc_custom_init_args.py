class HttpError(Exception):
    def __init__(self, code, reason):
        self.code = code
        self.reason = reason


class Quiet(Exception):
    def __str__(self):
        return ""


class Labelled(ValueError):
    def __init__(self, label):
        super().__init__(f"label {label!r} rejected")
        self.label = label


e = HttpError(404, "not found")
print(e.args, str(e), repr(e), e.code)
print(repr(Quiet("hidden")), str(Quiet("hidden")) == "")
l = Labelled("x")
print(l, repr(l), l.args, isinstance(l, ValueError))
try:
    raise Quiet("nothing to say")
except Exception as q:
    print("caught Quiet", q.args)
raise HttpError(500, "server error")
