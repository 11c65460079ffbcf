# args: -- -n -3 --offset -2.5 -- -7
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-n", type=int, default=0)
parser.add_argument("--offset", type=float, default=0.0)
parser.add_argument("value", type=int)
args = parser.parse_args()
print(args)
print(args.n + args.value, args.offset * 2)
