def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")


find([3, 1, 4], 4)
find([3, 1, 4], 9)
n = 0
while n < 3:
    n += 1
else:
    print("loop ended with n =", n)
