# args: -- --help
import argparse

parser = argparse.ArgumentParser(description="Download files concurrently and report how long each one took to arrive.")
parser.add_argument("urls", nargs="+", help="the addresses to fetch")
parser.add_argument("limit", type=int, help="maximum number of concurrent downloads (default: %(default)s)")
parser.add_argument("-t", "--timeout", type=float, default=2.5,
                    help="seconds to wait for each download before giving up on it entirely (default: %(default)s)")
parser.add_argument("--retries", type=int, default=3, help="retry count, default %(default)d")
parser.add_argument("-q", action="store_true", help="quiet")
args = parser.parse_args()
print("not reached", args)
