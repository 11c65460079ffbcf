# args: -- alpha 42 --flag "two words"
import sys

print(sys.argv[0])
print(len(sys.argv), sys.argv[1:])
for i, arg in enumerate(sys.argv):
    print(i, repr(arg))
n = int(sys.argv[2])
print(n * 2)
