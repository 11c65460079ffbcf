# args: -- 9 6 3 --verbose
import argparse

parser = argparse.ArgumentParser(prog="chained")
parser.add_argument("numbers", type=int, nargs="+", help="values to process")
parser.add_argument("-v", "--verbose", action="store_true")
args = parser.parse_args()
print(args.numbers, args.verbose, sum(args.numbers))
