# string.Template: $name, ${name}, $$, safe_substitute, the invalid-placeholder error.
from string import Template
import string
t = Template("$who likes ${what}")
print(t.substitute(who="tim", what="kung pao"), "|", t.safe_substitute(who="x"), "|", t.template)
print(t.substitute({"who": "a", "what": "b"}, who="kw"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
s = Template("Cost: $$${price} for $item_1.")
print(s.substitute(price=5, item_1="pens"), s.get_identifiers(), s.is_valid())
bad = Template("line one\nbad $ here and $9")
print(bad.is_valid(), repr(bad.safe_substitute()), bad.get_identifiers())
for tpl in ["line one\nbad $ here", "${unclosed", "$", "ok $a$b ${c}d $"]:
    try:
        print(Template(tpl).substitute(a=1, b=2, c=3))
    except ValueError as e:
        print("ValueError", e)
class Pct(Template):
    delimiter = "%"
print(Pct("%name is %%100 %{x}").substitute(name="n", x="y"))
letter = string.Template("Dear $name,\nYou owe $$$amount.\n")
print(letter.substitute(name="Bob", amount=12.5), end="")
print(Template("$a$a").substitute(a=[1]), Template("$A_b").safe_substitute(A_b="ok"))
