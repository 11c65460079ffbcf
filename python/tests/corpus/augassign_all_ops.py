x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 2; print(x)
x //= 4; print(x)
x %= 4; print(x)
x **= 5; print(x)
x /= 8; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
s = "ab"
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
