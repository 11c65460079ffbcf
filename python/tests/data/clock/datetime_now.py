# datetime.now() twice around an asyncio.sleep: the program's clock.
import asyncio
from datetime import date, datetime, timezone


async def main():
    start = datetime.now()
    print("started at", start)
    await asyncio.sleep(2.5)
    end = datetime.now()
    print("finished at", end.isoformat(timespec="milliseconds"))
    print("elapsed", end - start)
    print(datetime.now(timezone.utc), date.today(), datetime.utcnow().hour)


asyncio.run(main())
