# datetime.datetime: construction, reprs, replace, comparisons, arithmetic, isoformat with timespec, strftime, fromisoformat, timestamps, combine.
from datetime import date, datetime, time, timedelta

dt = datetime(2024, 3, 10, 12, 30, 15, 123456)
print(dt, repr(dt), dt.date(), dt.time(), repr(dt.time()), dt.hour, dt.minute, dt.second, dt.microsecond)
print(repr(datetime(2024, 3, 10)), repr(datetime(2024, 3, 10, 5)), repr(datetime(2024, 3, 10, 5, 0, 7)))
print(dt.replace(year=2000), dt.replace(hour=0, microsecond=0), dt.replace(day=31).isoformat())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), datetime(2024, 1, 1).isoformat(" ", spec))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %a %b %j %%"), f"{dt:%H:%M}", dt.ctime())
print(dt < datetime(2025, 1, 1), dt == datetime(2024, 3, 10, 12, 30, 15, 123456), dt - datetime(2024, 1, 1))
print(dt + timedelta(hours=12), dt - timedelta(days=70), datetime(2023, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime.fromisoformat("2024-03-10T12:30:15"), datetime.fromisoformat("2024-03-10 12:30"), datetime.fromisoformat("2024-03-10"))
print(repr(datetime.fromisoformat("2011-11-04T00:05:23.283+00:00")), datetime.fromisoformat("20111104T000523"))
print(datetime.fromtimestamp(0), datetime.fromtimestamp(1_700_000_000.5), datetime.utcfromtimestamp(86400 * 365))
print(datetime(2024, 1, 1).timestamp(), datetime(1970, 1, 2).timestamp(), datetime.fromtimestamp(1_700_000_000.123456789))
print(datetime.combine(date(2024, 5, 17), time(8, 15)), datetime.combine(date(2024, 5, 17), time()).weekday())
print(datetime.min, datetime.max, datetime.resolution, dt.timetuple().tm_yday, dt.toordinal())
print(datetime(2024, 3, 10) == date(2024, 3, 10), date(2024, 3, 10) == datetime(2024, 3, 10))
print(sorted([datetime(2024, 1, 1, 9), datetime(2023, 6, 1), datetime(2024, 1, 1, 8, 59)]))
deadline = datetime(2024, 6, 1, 17, 0)
left = deadline - datetime(2024, 5, 28, 9, 30)
print(left, left.days, left.seconds // 3600, f"{left.total_seconds() / 3600:.1f} hours")
