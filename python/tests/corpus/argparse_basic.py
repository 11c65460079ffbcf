# args: -- -n 3 --name x
import argparse

parser = argparse.ArgumentParser(description="Greet someone several times.")
parser.add_argument("-n", "--count", type=int, default=1, help="how many times")
parser.add_argument("--name", default="world", help="who to greet")
args = parser.parse_args()
print(args)
print(vars(args))
print(args.__dict__)
for _ in range(args.count):
    print(f"hello {args.name}")
