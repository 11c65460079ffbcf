import sys


def main():
    print("something went wrong, exiting with 3")
    sys.exit(3)


try:
    main()
finally:
    print("finally still runs")
