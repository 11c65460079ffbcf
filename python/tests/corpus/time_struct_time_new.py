# time.struct_time(seq): 9 to 11 values as given (zone and offset None when left out), before any gmtime call; the sequence's length checked.
import time

t = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, -1))
print(t, t.tm_zone, t.tm_gmtoff, t[8], tuple(t), t == (2024, 1, 2, 3, 4, 5, 1, 2, -1))
u = time.struct_time([2024, 1, 2, 3, 4, 5, 1, 2, 0, "UTC", 0])
print(u.tm_zone, u.tm_gmtoff, time.strftime("%Y-%m-%d %H:%M", u), time.mktime(u))
for seq in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(seq)
    except TypeError as e:
        print("TypeError", e)
