# An attribute or method on a line of its own: the traceback names that line.
class A:
    def go(self, x):
        return 1 / x

    @property
    def me(self):
        return self

a = A()
try:
    y = (a
         .me
         .go(0))
except ZeroDivisionError as e:
    print("caught", e)
z = (a
     .me
     .go(
         2,
     ))
print(z)
s = "text"
print(s
      .upper()
      .lower())
w = (a.me
     .go(1), s
     .nope)
