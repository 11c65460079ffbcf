import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def handler(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("end")
    return rid


async def child():
    log("child sees parent's value")
    request_id.set("child-set")
    log("child changed it")


async def main():
    log("main before")
    print(await asyncio.gather(handler("A", 0.2), handler("B", 0.1)))
    log("main after gather")
    request_id.set("main")
    t = asyncio.create_task(child())
    request_id.set("main-2")
    await t
    log("main after child")
    try:
        user.get()
    except LookupError:
        print("user: LookupError")
    print(user.get("nobody"))
    tok = user.set("ann")
    print(user.get(), tok.var is user, tok.old_value)
    user.reset(tok)
    print(user.get(None))
    try:
        user.reset(tok)
    except RuntimeError:
        print("RuntimeError: used")
    ctx = contextvars.copy_context()
    print(ctx[request_id], request_id in ctx, user in ctx, len(ctx))
    ctx.run(request_id.set, "in ctx")
    print(ctx[request_id], request_id.get())
    t2 = asyncio.create_task(child(), context=ctx)
    await t2
    print(ctx[request_id])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handler("G", 0.1))
    log("end of main")


request_id.set("top")
asyncio.run(main())
log("after run")
print(type(contextvars.copy_context()).__name__, contextvars.Token.MISSING)
print(contextvars.ContextVar.__module__)
try:
    contextvars.ContextVar(5)
except TypeError as e:
    print("TypeError:", e)
