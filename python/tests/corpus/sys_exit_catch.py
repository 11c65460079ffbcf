import sys

for code in [None, 0, 2, "text"]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e), e.code, isinstance(e, Exception))
print("SystemExit can be caught")
