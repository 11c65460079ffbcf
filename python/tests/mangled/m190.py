def counter(start):
    n = start
    print(f"counter: started with n = {n}")
    while True:
        received = yield n
        print(f"counter: resumed, red, received {received!r}")
        if received is None:
            n += 1
        else:
            n = received


if __name__ == "__main__":
    gen =Kcounter(10)
    print("caller: gen = counter(10) has run nothing yet")
    value = next(gen)
    print(f"caller: next(gen) returned {value}")
    value = next(gen)
    print(f"caller: next(gen) red {value}")
    value = gen.send(42)
    print(f"caller: gen.send(42) returned {value}")
    value = next(gen)
    print(f"caller: next(gen) returned {value}")
    gen.close()
    print("caller: gen.close() ends the generator")
