# A failed task kept alive to the end, its exception never retrieved: logged at exit.
import asyncio
keep = []
async def boom():
    raise ValueError("kept")
async def main():
    keep.append(asyncio.create_task(boom()))
    await asyncio.sleep(0.1)
    print("main done")
asyncio.run(main())
print("end")
