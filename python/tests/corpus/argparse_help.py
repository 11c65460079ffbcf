# args: -- -h
import argparse

parser = argparse.ArgumentParser(description="Run a simulated producer/consumer queue.")
parser.add_argument("-p", "--nprod", type=int, default=5, help="number of producers")
parser.add_argument("-c", "--ncon", type=int, default=10, help="number of consumers")
parser.add_argument("--name", help="a label for this run")
args = parser.parse_args()
print("not reached", args)
