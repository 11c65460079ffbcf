# obj.__dict__ and vars(obj) write back: setting, updating and deleting through them changes the attributes.
class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.__dict__["extra"] = True

c = Config(host="localhost", port=8080)
print(c.host, c.port, c.extra, vars(c))
vars(c)["port"] = 9090
del c.__dict__["extra"]
print(c.port, hasattr(c, "extra"), c.__dict__)
print(c.__dict__.pop("host"), hasattr(c, "host"))
c.__dict__.setdefault("mode", "dev")
print(c.mode, sorted(vars(c)))
c.__dict__.clear()
print(vars(c))

class Record:
    def __init__(self, data):
        for k, v in data.items():
            setattr(self, k, v)
    def __repr__(self):
        return f"Record({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"
r = Record({"a": 1, "b": "two"})
r.__dict__["c"] = [3]
print(r, r.c)
