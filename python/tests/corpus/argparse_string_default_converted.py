import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--count", type=int, default="5")
parser.add_argument("--ratio", type=float, default="0.25")
parser.add_argument("--limit", type=int, default=2.5)
parser.add_argument("--label", default=7)
ns = parser.parse_args([])
print(ns)
print(type(ns.count).__name__, type(ns.ratio).__name__, type(ns.limit).__name__, type(ns.label).__name__)
print(parser.parse_args(["--count", "08", "--ratio", "1e-3", "--label", "x"]))
