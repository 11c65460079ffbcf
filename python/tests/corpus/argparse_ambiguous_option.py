# args: -- --n 3
import argparse

parser = argparse.ArgumentParser(prog="amb")
parser.add_argument("--name")
parser.add_argument("--num", type=int)
args = parser.parse_args()
print("not reached", args)
