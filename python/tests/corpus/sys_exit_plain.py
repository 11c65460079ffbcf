import sys

print("before exit")
sys.exit()
print("never printed")
