import time

start = time.perf_counter()
mono = time.monotonic()
wall = time.time()
time.sleep(1.5)
print(f"slept {time.perf_counter() - start:.2f} s")
print(f"monotonic advanced {time.monotonic() - mono:.2f}")
print(f"wall advanced {time.time() - wall:.2f}")
print(f"wall clock {wall:.1f}")
print(time.perf_counter(), time.monotonic())
