# args: -- --name ann -n
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-n", "--count", type=int, default=1, help="how many")
parser.add_argument("--name", default="x")
args = parser.parse_args()
print("not reached", args)
