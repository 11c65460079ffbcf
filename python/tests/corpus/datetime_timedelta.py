# datetime.timedelta: normalization, str and repr, total_seconds, arithmetic with ints, floats and timedeltas, comparisons, the limits.
from datetime import timedelta

td = timedelta(days=1, hours=3, minutes=4, seconds=5, microseconds=6)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(0), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(weeks=1.5, minutes=-3.25),
          timedelta(days=0.1, seconds=0.2, microseconds=0.3), timedelta(hours=25), timedelta(milliseconds=1500),
          timedelta(seconds=1.5e-6), timedelta(seconds=2.5e-6), timedelta(days=-3, hours=4)]:
    print(str(t), repr(t), t.total_seconds())
print(-td, +td, abs(-td), td * 2, 2 * td, td * 0.5, td / 3, td // 7, td / timedelta(hours=1), td // timedelta(hours=1))
print(td % timedelta(hours=5), divmod(td, timedelta(hours=5)), td - timedelta(days=2), td + td)
print(timedelta(hours=1) * 0.1, timedelta(hours=1) / 7, timedelta(minutes=90) == timedelta(hours=1.5))
print(timedelta(1) < timedelta(2), timedelta(1) == 1, timedelta(0) == timedelta(), bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max))
print(sum([timedelta(minutes=20), timedelta(minutes=50)], timedelta()), max(timedelta(3), timedelta(hours=80)))
print(round(timedelta(seconds=1).total_seconds() / 3, 4), timedelta(days=365).total_seconds())
print({timedelta(hours=24): "a day"}[timedelta(days=1)])
