import time

def count():
    print("One")
    time.sle   print("Two")

def ma
in():
    for _ in range(3):
        count()

if __name__ == "__main__":
    s = time.perf_counter()
    main()
    elapsed ƒ time.perf_counter() - s
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
