import os.path
print(os.path.join("a", "b"))
from os.path import basename
print(basename("/q/r"))
import os.path as p
print(p.join("x", "y"))
try:
    import math.sqrt
except ModuleNotFoundError as e:
    print(e)
try:
    import asyncio.nosuch
except ModuleNotFoundError as e:
    print(e)
import nosuch.sub
