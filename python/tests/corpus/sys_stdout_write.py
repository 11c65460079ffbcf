import sys

n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
sys.stderr.write("a warning on stderr\n")
sys.stdout.flush()
print("after flush")
