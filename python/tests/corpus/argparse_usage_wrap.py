# args: -- --bogus
import argparse

parser = argparse.ArgumentParser(prog="simulator")
parser.add_argument("-p", "--producers", type=int, default=5, help="producers")
parser.add_argument("-c", "--consumers", type=int, default=10, help="consumers")
parser.add_argument("-r", "--rate", type=float, default=1.0, help="rate")
parser.add_argument("-s", "--seed", type=int, default=444, help="seed")
parser.add_argument("--log-level", default="info", help="level")
parser.add_argument("--output-file", help="where to write")
parser.add_argument("scenario", help="which scenario")
args = parser.parse_args()
print("not reached", args)
