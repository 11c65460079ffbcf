def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"


print(connect("example.org"))
print(connect("example.org", port=443, secure=True))


def clamp(x, *args, lo=0, hi=10):
    return max(lo, min(hi, x)), args


print(clamp(15))
print(clamp(-3, "extra", lo=-1))
try:
    connect("a", 8080)
except TypeError as e:
    print("TypeError:", e)
