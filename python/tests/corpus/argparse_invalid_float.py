# args: -- --rate fast
import argparse

parser = argparse.ArgumentParser(prog="sim")
parser.add_argument("--rate", type=float, default=0.5, help="events per second")
args = parser.parse_args()
print("not reached", args.rate)
