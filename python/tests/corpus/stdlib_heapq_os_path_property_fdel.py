import heapq, os
from os import path
waits = [0.5, 0.0, 2.5, 1.0, 0.5]
print(heapq.nsmallest(2, waits), heapq.nlargest(3, waits), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
h = [1, 3, 5]
print(heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 0), h, list(heapq.merge([1, 4], [2, 3])))
print(os.path.join("logs", "run", "out.txt"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"))
print(os.path.splitext("archive.tar.gz"), os.path.split("/a/b"), os.path.normpath("a//b/../c/."), path.isabs("/x"))
print(os.getenv("SURELY_NOT_SET_VAR_XYZ"), os.getenv("SURELY_NOT_SET_VAR_XYZ", "dflt"))
class T:
    def _del(self):
        print("deleting")
    c = property(None, None, _del)
del T().c
