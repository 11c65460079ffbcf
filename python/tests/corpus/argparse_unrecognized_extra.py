# args: -- -n 2 extra 1
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-n", type=int, default=0)
args = parser.parse_args()
print("not reached", args)
