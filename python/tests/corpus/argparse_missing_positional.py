import argparse

parser = argparse.ArgumentParser(description="Copy a file.")
parser.add_argument("source", help="file to read")
parser.add_argument("dest", help="file to write")
parser.add_argument("-v", "--verbose", action="store_true")
args = parser.parse_args()
print("not reached", args)
