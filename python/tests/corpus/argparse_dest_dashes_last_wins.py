# args: -- --max-count 1 --max-count 2 -o a.txt -o b.txt
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("--max-count", type=int, default=10)
parser.add_argument("-o", "--output-file")
parser.add_argument("--dry-run", action="store_true")
args = parser.parse_args()
print(args)
print(args.max_count, args.output_file, args.dry_run)
print(vars(args))
