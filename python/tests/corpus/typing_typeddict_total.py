# typing.TypedDict with the class keyword total=False: instances are plain dicts; __total__ is kept.
from typing import TypedDict

class Movie(TypedDict, total=False):
    title: str
    year: int

class Book(TypedDict):
    title: str

m = Movie(title="Alien")
print(m, type(m).__name__, Movie.__total__, Book.__total__)
