import argparse

parser = argparse.ArgumentParser(prog="demo")
parser.add_argument("-n", type=int, default=2)
parser.add_argument("--word", default="hi")
print(parser.parse_args([]))
print(parser.parse_args(["-n", "5"]))
print(parser.parse_args(["--word=yo", "-n7"]))
ns = parser.parse_args(["--word", "a b"])
print(ns.word, ns.n, type(ns).__name__)
print(argparse.Namespace(a=1, b="x"))
