# print writes each argument as soon as it has its str: a __str__ that prints, a file's write calls, a __str__ that raises.
import sys
class Loud:
    def __str__(self):
        print("(inside __str__)")
        return "loud"
class Bad:
    def __str__(self):
        raise ValueError("no str")
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
print("a", Loud(), "b")
s = Sink()
print(1, 2, sep="", end="", file=s)
print("x", "y", file=s)
print(s.parts)
print("before", Bad())
