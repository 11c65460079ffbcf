# args: -- --colour red
import argparse

parser = argparse.ArgumentParser(prog="paint")
parser.add_argument("--color", default="blue")
args = parser.parse_args()
print(args.color)
