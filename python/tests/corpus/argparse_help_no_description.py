# args: -- -h
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--rate", type=float, default=1.0)
parser.add_argument("-w", "--workers", type=int)
parser.add_argument("name")
args = parser.parse_args()
print("not reached", args)
