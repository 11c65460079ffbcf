import builtins, collections, types, sys
def f(): pass
async def co(): pass
def gen(): yield
async def ag(): yield
class C:
    def m(self): pass
vals = {
 'object': object(), 'int': 1, 'float': 1.0, 'str': '', 'list': [], 'dict': {}, 'tuple': (), 'set': set(),
 'frozenset': frozenset(), 'bool': True, 'NoneType': None, 'bytes': b'', 'range': range(1),
 'function': f, 'generator': gen(), 'async_generator': ag(), 'method': C().m,
 'builtin_function_or_method': len, 'deque': collections.deque(), 'defaultdict': collections.defaultdict(),
 'slice': slice(1), 'property': property(), 'staticmethod': staticmethod(f), 'classmethod': classmethod(f),
 'NotImplementedType': NotImplemented, 'ellipsis': ...,
 'enumerate': enumerate([]), 'zip': zip(), 'map': map(f, []), 'filter': filter(f, []), 'reversed': reversed([1]),
 'list_iterator': iter([]), 'tuple_iterator': iter(()), 'range_iterator': iter(range(1)), 'str_ascii_iterator': iter(''),
 'set_iterator': iter(set()), 'dict_keyiterator': iter({}), 'dict_keys': {}.keys(), 'dict_values': {}.values(), 'dict_items': {}.items(),
 'type': type,
}
c = co(); vals['coroutine'] = c
out = []
out.append("// Generated from CPython %s by dir() (see DEVELOPERS.md, dir): names per type,\n" % sys.version.split()[0])
out.append("// each list one string of names separated by spaces (measured: 0.3 KB gzip less\n")
out.append("// in the page than tables of string slices, whose names the linker shares).\n")
out.append("//! Regenerate with `python3 tools/gen_dirtables.py > python/src/dirtables.rs`.\n")
out.append("pub static TYPES: &[(&str, &str)] = &[\n")
for k, v in vals.items():
    d = dir(v) if k != 'type' else dir(type)
    if k == 'object' or True:
        pass
    out.append('    ("%s", "%s"),\n' % (k, " ".join(d)))
out.append("];\n")
base = set(dir(BaseException()))
out.append('pub static BASE_EXCEPTION: &str = "%s";\n' % " ".join(sorted(base)))
out.append("/// Names an exception type adds to BaseException's.\n")
out.append("pub static EXCEPTION_EXTRA: &[(&str, &str)] = &[\n")
for name in dir(builtins):
    e = getattr(builtins, name)
    if isinstance(e, type) and issubclass(e, BaseException) and e.__name__ == name:
        try:
            d = set(dir(e))
        except Exception as ex:
            print(name, ex, file=sys.stderr); continue
        assert base <= d, name
        extra = sorted(d - base)
        if extra:
            out.append('    ("%s", "%s"),\n' % (name, " ".join(extra)))
out.append("];\n")
# subclass extras
out.append("/// What a Python subclass of the type adds (beside `__module__`).\n")
out.append("pub static SUBCLASS_EXTRA: &[(&str, &str)] = &[\n")
for k in ['object','int','float','str','list','dict','tuple','set','frozenset','bytes','deque','defaultdict','BaseException']:
    t = type(vals[k]) if k != 'BaseException' else BaseException
    S = type('S', (t,), {})
    extra = sorted(set(dir(S)) - set(dir(t)) - {'__module__'})
    out.append('    ("%s", "%s"),\n' % (k, " ".join(extra)))
out.append("];\n")
import asyncio
async def main():
    t = asyncio.ensure_future(co2())
    fu = asyncio.get_running_loop().create_future()
    out.append('pub static TASK: &str = "%s";\n' % " ".join(dir(t)))
    out.append('pub static FUTURE: &str = "%s";\n' % " ".join(dir(fu)))
    await t
async def co2(): pass
asyncio.run(main())
c.close()
sys.stdout.write("".join(out))
