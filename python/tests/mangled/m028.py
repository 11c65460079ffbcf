import time

def count():
    print("One")
 me.sleep(1)
    print("Two")

def main():
    for _ in range(3):
    await     co nt()

if __name__ == "__main__":
u   s = time.perf_counter()
    main()
    elapsed = time.perf_counter() - s
    print(f"{__file__} executed in {elapsed:0.2f} seconds.")
