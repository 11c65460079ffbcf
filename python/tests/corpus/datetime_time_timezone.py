# datetime.time and timezones: time reprs and isoformat, timezone.utc and fixed offsets, aware datetimes, astimezone, utcoffset/tzname, a tzinfo subclass.
from datetime import datetime, time, timedelta, timezone, tzinfo

print(time(), time(12, 5), repr(time(1, 2, 3, 4)), time(23, 59, 59, 999999).isoformat(timespec="milliseconds"))
print(time.fromisoformat("04:23:01.000384"), time(7, 30).strftime("%H:%M %p"), time(9) < time(10), f"{time(6, 5):%I.%M}")
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), "EST")
print(utc, repr(utc), ist, repr(ist), est, repr(est), timezone(timedelta(0)) is utc)
print(timezone.min, timezone.max, repr(timezone(timedelta(seconds=-1))))
a = datetime(2024, 1, 1, tzinfo=utc)
print(a, repr(a), a.astimezone(ist), a.astimezone(est).isoformat(), a.timestamp(), a.utcoffset(), a.tzname(), a.dst())
b = datetime(2024, 1, 1, 5, 30, tzinfo=ist)
print(a == b, a - b, b.utcoffset(), b.tzname(), b.strftime("%H:%M %z %Z"), hash(a) == hash(b))
print(datetime.fromisoformat("2024-03-10T12:30:15+02:00"), datetime.fromisoformat("2024-03-10T12:30:15-07:30").utcoffset())
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1_700_000_000, est), a.utctimetuple())
print(repr(time(1, 2, tzinfo=timezone(timedelta(hours=2)))), time(1, tzinfo=utc).utcoffset())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-5, seconds=3))).isoformat(), a.replace(tzinfo=None))


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.offset = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


cet = Fixed(1, "CET")
c = datetime(2024, 7, 1, 12, tzinfo=cet)
print(c, c.tzname(), c.astimezone(utc), c.strftime("%Z %z"), c.astimezone(utc).astimezone(cet))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=utc), datetime(2024, 1, 1, 12, tzinfo=ist), datetime(2024, 1, 1, 12, tzinfo=est)]))
