import sys

print("exiting with a list")
sys.exit([1, "two"])
