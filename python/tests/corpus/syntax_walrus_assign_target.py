if (n := 10) = 10:
    print(n)
