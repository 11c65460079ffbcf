import asyncio, contextvars
v = contextvars.ContextVar("v", default=0)
async def bump():
    v.set(v.get() + 1)
    return v.get()
with asyncio.Runner() as r:
    print(r.run(bump()), r.run(bump()))
print(asyncio.run(bump()), asyncio.run(bump()), v.get())
ctx = contextvars.Context()
print(len(ctx), list(ctx.items()))
def f(x):
    v.set(x)
    return v.get()
print(ctx.run(f, 10), v.get(), ctx.get(v), list(ctx.values()))
try:
    ctx.run(ctx.run, f, 1)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(":")[0])
t = v.set(5)
ctx2 = contextvars.copy_context()
try:
    ctx2.run(v.reset, t)
except ValueError as e:
    print("ValueError:", str(e).split(" was ")[1])
w = contextvars.ContextVar("w")
try:
    w.reset(t)
except ValueError as e:
    print("ValueError:", str(e).split(" was ")[1])
try:
    ctx2["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    ctx2[w]
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(v.name, ctx2 == contextvars.copy_context(), contextvars.ContextVar[int])
