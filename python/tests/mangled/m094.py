def counter(start):
    n = start
    print(f"counter: started with n = {n}")
    while True:
        received = yield n
        print(f"counter: resumed, received {received!r}")
        if received is None:
            n += 1
        else:
            n = received


if __name__ == "__main__":
    gen = counter(10)
    print("caller: gen = counter(10) has run nothing yet")
    value = next(gen)
    print(f"caller: next(gen) returned {value}")
    value