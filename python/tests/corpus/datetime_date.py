# datetime.date: construction, arithmetic with timedelta, reprs, str, ordinals, weekdays, ISO calendar, comparisons, replace, strftime.
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2024, 2, 28)
print(d, repr(d), str(d), d.year, d.month, d.day)
print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d, d - timedelta(weeks=9))
print(date(2024, 12, 25) - date(2024, 1, 1), repr(date(2023, 1, 1) - date(2024, 1, 1)))
print(d.weekday(), d.isoweekday(), d.isoformat(), d.ctime(), d.toordinal())
cal = d.isocalendar()
print(cal, cal.year, cal.week, cal.weekday, cal[1], tuple(cal), cal == (2024, 9, 3), len(cal))
y, w, wd = date(2021, 1, 3).isocalendar()
print(y, w, wd)
print(date.fromordinal(738000), date.fromisoformat("2021-03-04"), date.fromisoformat("20210304"))
print(date.fromisocalendar(2020, 53, 7), date.fromtimestamp(1_700_000_000))
print(d.replace(day=1), d.replace(year=2023, month=3), d.timetuple())
print(d.strftime("%A %d %B %Y, day %j, week %U"), f"{d:%d/%m/%y}", format(d, ""), format(d, "%b"))
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != date(2024, 2, 29), max(d, date(2000, 1, 1)))
print(sorted([date(2023, 5, 1), date(2021, 1, 9), date(2022, 12, 31)]))
print({date(2024, 1, 1): "new year"}[date(2024, 1, 1)], len({date(2024, 1, 1), date(2024, 1, 1)}))
print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution, repr(date.resolution))
leap = [y for y in range(1896, 1905) if date(y, 3, 1) - date(y, 2, 1) == timedelta(29)]
print(leap, (date(2000, 3, 1) - timedelta(1)).day)


class Birthday(date):
    def age_on(self, other):
        return other.year - self.year - ((other.month, other.day) < (self.month, self.day))


b = Birthday(1990, 6, 15)
print(repr(b), b, b.age_on(date(2024, 6, 14)), b.age_on(date(2024, 6, 15)), type(b + timedelta(1)).__name__)
