# time.gmtime/localtime (UTC, the oracle's TZ), struct_time, strftime's directives, asctime, ctime, mktime, on given times.
import time
for s in [0, 1_764_000_000, 951_782_400, 1_700_000_000.7, 86399, -1, 2_000_000_000]:
    t = time.gmtime(s)
    print(t)
    print(time.strftime("%a %A %b %B %c %C %d %D %e %F %G %g %H %I %j %k %l %m %M %p %r %R %S %T %u %U %V %w %W %x %X %y %Y %z %Z %% %-d %_m %Q", t))
    print(time.asctime(t), time.mktime(t), t.tm_year, t[0], t[-1], len(t), list(t)[:3], tuple(t) == t, t.tm_zone, t.tm_gmtoff)
print(time.strftime("%H:%M", (2024, 2, 29, 7, 5, 0, 3, 60, 0)))
print(time.ctime(1_000_000_000), time.asctime((2025, 1, 5, 1, 2, 3, 6, 5, 0)))
print(time.timezone, time.tzname)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print("TypeError", e)
print(type(time.gmtime(5)).__name__, time.struct_time)
for f in (time.asctime, time.mktime, lambda t: time.strftime("%Y", t)):
    for arg in [(1, 2), [2024, 1, 1, 0, 0, 0, 0, 1, 0], "abc", (2024, 1, 1, 0, 0, 0, 0, 1, 0, 5)]:
        try:
            print(f(arg))
        except Exception as e:
            print(type(e).__name__, e)
print(time.strftime("%Z", (2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%Z", time.gmtime(0)), time.strftime("%Z", time.localtime(0)), time.localtime(0).tm_zone)
print(time.localtime(0))
