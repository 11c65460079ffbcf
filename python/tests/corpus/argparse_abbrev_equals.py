# args: -- --cou=3 --na bob -v
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("--name", default="world")
parser.add_argument("-v", "--verbose", action="store_true")
args = parser.parse_args()
print(args)
print(vars(args) == args.__dict__, sorted(vars(args)))
