import asyncio

# asyncio.Task.all_tasks() was removed in Python 3.9: old tutorials still use it.
for cls in [asyncio.Task, asyncio.Future, asyncio.Queue, asyncio.Lock]:
    try:
        cls.all_tasks()
    except AttributeError as e:
        print(e)
