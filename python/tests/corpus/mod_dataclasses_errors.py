# The errors @dataclass reports when it makes a class: field order, mutable
# defaults, field() misuse; and a __post_init__ that raises.
from dataclasses import dataclass, field, fields

cases = []


def attempt(label, make):
    try:
        make()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def order():
    @dataclass
    class Bad:
        x: int = 1
        y: int


def mutable_list():
    @dataclass
    class Bad:
        items: list = []


def mutable_dict():
    @dataclass
    class Bad:
        table: dict = {}


def both_defaults():
    field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class Bad:
        x = field(default=1)


def factory_after_default():
    @dataclass
    class Fine:
        x: int = 1
        y: list = field(default_factory=list)

    print(Fine())


def positional_field():
    field(3)


for label, make in [("order", order), ("list", mutable_list), ("dict", mutable_dict),
                    ("both", both_defaults), ("annotation", no_annotation),
                    ("factory", factory_after_default), ("positional", positional_field)]:
    attempt(label, make)
try:
    fields(object())
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Temperature:
    celsius: float

    def __post_init__(self):
        if self.celsius < -273.15:
            raise ValueError(f"{self.celsius} is below absolute zero")


print(Temperature(20.5))
Temperature(-300)
