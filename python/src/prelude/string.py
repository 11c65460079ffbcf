# string, written in Python for the playground (imported as `string`, on first
# import only): CPython 3.11's constants, capwords and Template (its
# pattern matched by hand: there is no `re`; a subclass may change
# `delimiter`, not `idpattern`/`pattern`); no Formatter.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
_sentinel_dict = {}
_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _Chain:
    # The keyword arguments first, then the mapping (CPython: a ChainMap).
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


def _identifier(s, i):
    # The end of the identifier (?a:[_a-z][_a-z0-9]*) at s[i] (re.IGNORECASE), or -1.
    if i >= len(s) or s[i] not in _ID_START:
        return -1
    j = i + 1
    while j < len(s) and s[j] in _ID_CHARS:
        j += 1
    return j


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # What the pattern matches, in order: (kind, start, end, name), kind one
        # of 'escaped', 'named', 'braced', 'invalid'.
        s = self.template
        d = self.delimiter
        i = 0
        while True:
            i = s.find(d, i)
            if i < 0:
                return
            j = i + len(d)
            if s.startswith(d, j):
                yield 'escaped', i, j + len(d), None
                i = j + len(d)
                continue
            end = _identifier(s, j)
            if end >= 0:
                yield 'named', i, end, s[j:end]
                i = end
                continue
            if s.startswith('{', j):
                end = _identifier(s, j + 1)
                if end >= 0 and s.startswith('}', end):
                    yield 'braced', i, end + 1, s[j + 1:end]
                    i = end + 1
                    continue
            yield 'invalid', i, j, None
            i = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        last = 0
        for kind, start, end, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if name is not None:
                out.append(str(mapping[name]))
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                self._invalid(start + len(self.delimiter))
        out.append(self.template[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        last = 0
        for kind, start, end, name in self._scan():
            out.append(self.template[last:start])
            last = end
            if name is not None:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
            elif kind == 'escaped':
                out.append(self.delimiter)
            else:
                out.append(self.template[start:end])
        out.append(self.template[last:])
        return ''.join(out)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
