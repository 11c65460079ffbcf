# sys.version_info: a struct sequence (named fields, compares as a tuple).
import sys
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 10), (3, 12) > sys.version_info)
print(sys.version_info, type(sys.version_info))
print(sys.version_info[0], len(sys.version_info), tuple(sys.version_info), list(sys.version_info)[:3])
major, minor, *_ = sys.version_info
print(major, minor, sys.version_info == (3, 11, 7, "final", 0), sys.version_info > (3, 11, 7))
if sys.version_info < (3, 7):
    print("old")
else:
    print("Python %d.%d" % sys.version_info[:2])
from sys import version_info
print(version_info.releaselevel)
try:
    version_info.major = 4
except AttributeError as e:
    print(e)
