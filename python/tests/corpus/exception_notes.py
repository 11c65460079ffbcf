# Exception notes (3.11): add_note appends to __notes__, which the traceback
# prints after the message, one line per line of each note.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("hint: check the input")
e.add_note("second note\nwith two lines")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
try:
    raise KeyError("k")
except KeyError as k:
    k.add_note("while looking up the config")
    print(k.__notes__, repr(k))


def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as err:
        err.add_note(f"no setting named {name!r}")
        raise


try:
    load("b")
except KeyError as err:
    print("caught", err, err.__notes__)
raise e
