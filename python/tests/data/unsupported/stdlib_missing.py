try:
    import enum
except ModuleNotFoundError as e:
    print(e)
from collections.abc import Iterable
