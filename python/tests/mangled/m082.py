try:
    x = [0] * 10**10
except MemoryError:
    print('caught MemoryError')
print('after')
