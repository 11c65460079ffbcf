# json, written in Python for the playground (imported as `json`, on first
# import only): CPython 3.11.7's json package (encoder, decoder, scanner) in
# one module, with the behaviour and messages of its C accelerator (_json)
# where they differ from the Python code (string and number scanning, error
# positions). A named tuple encodes as a list and a Counter as an object, as
# CPython's (tuple and dict subclasses) do.

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
INFINITY = float('inf')


################################################################################
### Decoding
################################################################################

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = '0123456789abcdefABCDEF'
_WS = ' \t\n\r'
_DIGITS = '0123456789'

# The scanner works on the document as a list of characters (`cs`): indexing
# the playground's str is not O(1), and the C scanner reads the document char
# by char; `s` is the document itself, for the errors.


def _skip_ws(cs, idx):
    n = len(cs)
    while idx < n and cs[idx] in _WS:
        idx += 1
    return idx


def _hex4(cs, start):
    # Four hex digits at cs[start:start+4], or None.
    value = 0
    for i in range(start, start + 4):
        d = cs[i]
        if d not in _HEX:
            return None
        value = value * 16 + int(d, 16)
    return value


def _scanstring(cs, s, end, strict):
    # _json.c's scanstring_unicode.
    chunks = []
    begin = end - 1
    n = len(cs)
    while True:
        nxt = end
        c = ''
        while nxt < n:
            c = cs[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError("Invalid control character at", s, nxt)
            nxt += 1
        if nxt >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if nxt != end:
            chunks.append(''.join(cs[end:nxt]))
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = cs[nxt]
        if c != 'u':
            end = nxt + 1
            ch = _BACKSLASH.get(c)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            chunks.append(ch)
        else:
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
            uni = _hex4(cs, nxt)
            if uni is None:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
            nxt = end
            if 0xd800 <= uni <= 0xdbff and end + 6 < n and cs[nxt] == '\\' and cs[nxt + 1] == 'u':
                uni2 = _hex4(cs, nxt + 2)
                if uni2 is None:
                    raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
                end += 6
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                else:
                    end -= 6
            chunks.append(chr(uni))
    return ''.join(chunks), end


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    return _scanstring(list(s), s, end, strict)


def _match_number(ctx, cs, start):
    # _json.c's _match_number_unicode.
    idx = start
    end_idx = len(cs) - 1
    if cs[idx] == '-':
        idx += 1
        if idx > end_idx:
            raise StopIteration(start)
    c = cs[idx]
    if '1' <= c <= '9':
        idx += 1
        while idx <= end_idx and cs[idx] in _DIGITS:
            idx += 1
    elif c == '0':
        idx += 1
    else:
        raise StopIteration(start)
    is_float = False
    if idx < end_idx and cs[idx] == '.' and cs[idx + 1] in _DIGITS:
        is_float = True
        idx += 2
        while idx <= end_idx and cs[idx] in _DIGITS:
            idx += 1
    if idx < end_idx and (cs[idx] == 'e' or cs[idx] == 'E'):
        e_start = idx
        idx += 1
        if idx < end_idx and (cs[idx] == '-' or cs[idx] == '+'):
            idx += 1
        while idx <= end_idx and cs[idx] in _DIGITS:
            idx += 1
        if cs[idx - 1] in _DIGITS:
            is_float = True
        else:
            idx = e_start
    numstr = ''.join(cs[start:idx])
    if is_float:
        return ctx.parse_float(numstr), idx
    return ctx.parse_int(numstr), idx


def _word(cs, idx, word):
    # cs[idx:idx+len(word)] spells word.
    for i in range(len(word)):
        if cs[idx + i] != word[i]:
            return False
    return True


def _scan_once(ctx, cs, s, idx):
    # _json.c's scan_once_unicode.
    n = len(cs)
    if idx >= n:
        raise StopIteration(idx)
    c = cs[idx]
    if c == '"':
        if ctx.parse_string is scanstring:
            return _scanstring(cs, s, idx + 1, ctx.strict)
        return ctx.parse_string(s, idx + 1, ctx.strict)
    if c == '{':
        return _parse_object(ctx, cs, s, idx + 1)
    if c == '[':
        return _parse_array(ctx, cs, s, idx + 1)
    if c == 'n':
        if idx + 3 < n and _word(cs, idx + 1, 'ull'):
            return None, idx + 4
    elif c == 't':
        if idx + 3 < n and _word(cs, idx + 1, 'rue'):
            return True, idx + 4
    elif c == 'f':
        if idx + 4 < n and _word(cs, idx + 1, 'alse'):
            return False, idx + 5
    elif c == 'N':
        if idx + 2 < n and _word(cs, idx + 1, 'aN'):
            return ctx.parse_constant('NaN'), idx + 3
    elif c == 'I':
        if idx + 7 < n and _word(cs, idx + 1, 'nfinity'):
            return ctx.parse_constant('Infinity'), idx + 8
    elif c == '-':
        if idx + 8 < n and _word(cs, idx + 1, 'Infinity'):
            return ctx.parse_constant('-Infinity'), idx + 9
    return _match_number(ctx, cs, idx)


def _parse_object(ctx, cs, s, idx):
    # _json.c's _parse_object_unicode.
    end_idx = len(cs) - 1
    pairs = []
    memo = ctx.memo
    idx = _skip_ws(cs, idx)
    if idx > end_idx or cs[idx] != '}':
        while True:
            if idx > end_idx or cs[idx] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
            if ctx.parse_string is scanstring:
                key, idx = _scanstring(cs, s, idx + 1, ctx.strict)
            else:
                key, idx = ctx.parse_string(s, idx + 1, ctx.strict)
            key = memo.setdefault(key, key)
            idx = _skip_ws(cs, idx)
            if idx > end_idx or cs[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(cs, idx + 1)
            val, idx = _scan_once(ctx, cs, s, idx)
            pairs.append((key, val))
            idx = _skip_ws(cs, idx)
            if idx <= end_idx and cs[idx] == '}':
                break
            if idx > end_idx or cs[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(cs, idx + 1)
    if ctx.object_pairs_hook is not None:
        return ctx.object_pairs_hook(pairs), idx + 1
    obj = dict(pairs)
    if ctx.object_hook is not None:
        obj = ctx.object_hook(obj)
    return obj, idx + 1


def _parse_array(ctx, cs, s, idx):
    # _json.c's _parse_array_unicode.
    end_idx = len(cs) - 1
    values = []
    idx = _skip_ws(cs, idx)
    if idx > end_idx or cs[idx] != ']':
        while True:
            val, idx = _scan_once(ctx, cs, s, idx)
            values.append(val)
            idx = _skip_ws(cs, idx)
            if idx <= end_idx and cs[idx] == ']':
                break
            if idx > end_idx or cs[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(cs, idx + 1)
    return values, idx + 1


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = _parse_object
        self.parse_array = _parse_array
        self.parse_string = scanstring
        self.memo = {}

    def scan_once(self, s, idx):
        return self._scan_once(list(s), s, idx)

    def _scan_once(self, cs, s, idx):
        try:
            return _scan_once(self, cs, s, idx)
        finally:
            self.memo.clear()

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        cs = list(s)
        obj, end = self._raw_decode(cs, s, _skip_ws(cs, 0))
        end = _skip_ws(cs, end)
        if end != len(cs):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        return self._raw_decode(list(s), s, idx)

    def _raw_decode(self, cs, s, idx):
        try:
            obj, end = self._scan_once(cs, s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


################################################################################
### Encoding
################################################################################

_ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        e = _ESCAPE_DCT.get(c)
        out.append(c if e is None else e)
    return '"' + ''.join(out) + '"'


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
            continue
        e = _ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            # surrogate pair
            n -= 0x10000
            s1 = 0xd800 | ((n >> 10) & 0x3ff)
            s2 = 0xdc00 | (n & 0x3ff)
            out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    return '"' + ''.join(out) + '"'


def _is_list(o):
    # A list or tuple, a named tuple too (a tuple in CPython).
    return isinstance(o, (list, tuple)) or hasattr(type(o), '_nt_')


_counter = []


def _is_dict(o):
    # A dict, a Counter or an OrderedDict too (dicts in CPython).
    if isinstance(o, dict):
        return True
    if not _counter:
        import _pgcollections
        _counter.append((_pgcollections.Counter, _pgcollections.OrderedDict))
    return isinstance(o, _counter[0])


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        # This is for extremely simple cases and benchmarks.
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        # This doesn't pass the iterator directly to ''.join() because the
        # exceptions aren't as detailed.  The list call should be roughly
        # equivalent to the PySequence_Fast that ''.join() would do.
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.
        """
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        allow_nan = self.allow_nan
        c_encoder = _one_shot and self.indent is None

        def floatstr(o):
            # Check for specials.  Note that this type of test is processor
            # and/or platform-specific, so do tests which don't depend on the
            # internals.
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return repr(o)
            if not allow_nan:
                if c_encoder:
                    # _json's encoder (a one-shot encode without indent)
                    raise ValueError("Out of range float values are not JSON compliant")
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        _iterencode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + repr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if _is_list(value):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif _is_dict(value):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            # JavaScript is weakly typed for these, so it makes sense to
            # also allow them.  Many encoders seem to do something like this.
            elif isinstance(key, float):
                # see comment for int/float in _make_iterencode
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                # see comment for int/float in _make_iterencode
                key = repr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                # see comment for int/float in _make_iterencode
                yield repr(value)
            elif isinstance(value, float):
                # see comment for int/float in _make_iterencode
                yield _floatstr(value)
            else:
                if _is_list(value):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif _is_dict(value):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            # see comment for int/float in _make_iterencode
            yield repr(o)
        elif isinstance(o, float):
            # see comment for int/float in _make_iterencode
            yield _floatstr(o)
        elif _is_list(o):
            yield from _iterencode_list(o, _current_indent_level)
        elif _is_dict(o):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]
    return _iterencode


################################################################################
### The module's functions
################################################################################

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object)."""
    # cached encoder
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators,
                       default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    # could accelerate with writelines in some versions of Python, at
    # a debuggability cost
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    # cached encoder
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'

    if len(b) >= 4:
        if not b[0]:
            # 00 00 -- -- - utf-32-be
            # 00 XX -- -- - utf-16-be
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            # XX 00 00 00 - utf-32-le
            # XX 00 00 XX - utf-16-le
            # XX 00 XX -- - utf-16-le
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            # 00 XX - utf-16-be
            return 'utf-16-be'
        if not b[1]:
            # XX 00 - utf-16-le
            return 'utf-16-le'
    # default
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing
    a JSON document) to a Python object."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
