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


if __name__ == "__ma