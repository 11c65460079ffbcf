big = 10 ** 5000
print(len(hex(big)), big.bit_length(), big % 997)
print(len(str(10 ** 4299)))
for action in [lambda: str(big), lambda: int("9" * 4301), lambda: f"{big}", lambda: repr(-big)]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)
print(big)
