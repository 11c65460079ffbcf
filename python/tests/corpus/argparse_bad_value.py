# args: -- -n three
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-n", "--count", type=int, default=1, help="how many")
args = parser.parse_args()
print("not reached", args.count)
