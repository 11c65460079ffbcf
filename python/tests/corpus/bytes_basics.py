data = b"hello"
print(data, type(data).__name__, len(data))
print(data[0], data[-1], data[1:3], list(data[:2]))
print(data.hex(), bytes([104, 105]), bytes(3), b"\x00\xff\n\t")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both'\""))
print(data + b"!", data * 2, b"ell" in data, 104 in data)
print(bytes.fromhex("de ad be ef"), b"abc".upper(), data.decode())
print(b"\xde\xad".hex(), b"".hex(), bytes(range(65, 70)))
print(data == b"hello", data < b"help", bytearray(b"ab"))
