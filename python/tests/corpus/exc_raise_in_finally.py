def process(record):
    try:
        print("processing", record)
        raise ValueError(f"bad record {record!r}")
    finally:
        print("closing")
        raise RuntimeError("close failed")


try:
    process("a")
except RuntimeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
process("b")
