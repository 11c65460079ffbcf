# string's constants and capwords.
import random
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords("  hello   async  world "), string.capwords("a-b-c", "-"), string.capwords("x,,y", ","))
random.seed(7)
print("".join(random.choice(string.ascii_letters + string.digits) for _ in range(12)))
print(sum(c in string.punctuation for c in "Hi! How's it going?"))
print([w.strip(string.punctuation) for w in "well, well... (hello)!".split()])
