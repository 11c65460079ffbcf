import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-p", "--producers", type=int, default=5)
parser.add_argument("-c", "--consumers", type=int, default=10)
parser.add_argument("--rate", type=float, default=0.5)
parser.add_argument("--label")
ns = parser.parse_args()
print(ns)
print(ns.producers, ns.consumers, ns.rate, ns.label)
print(sorted(vars(ns).items()))
