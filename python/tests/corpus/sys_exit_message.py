import sys

print("checking arguments")
if len(sys.argv) < 2:
    sys.exit("usage: sys_exit_message.py FILE")
print("unreachable")
