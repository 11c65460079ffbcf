# argparse for Async Playground: the subset the lecture's programs use
# (ArgumentParser, add_argument with type/default/help/action/nargs/choices,
# short and long names, parse_args, Namespace), with CPython's usage/error
# messages for the common cases.

import sys


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        return "Namespace(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        return isinstance(other, Namespace) and vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class _Action:
    def __init__(self, flags, dest, kind, type, default, help, nargs, choices, required, metavar, const):
        self.flags = flags
        self.dest = dest
        self.kind = kind
        self.type = type
        self.default = default
        self.help = help
        self.nargs = nargs
        self.choices = choices
        self.required = required
        self.metavar = metavar
        self.const = const


class ArgumentParser:
    def __init__(self, prog=None, description=None, epilog=None, add_help=True, **kwargs):
        if prog is None:
            prog = sys.argv[0].split("/")[-1]
        self.prog = prog
        self.description = description
        self.epilog = epilog
        self.add_help = add_help
        self._actions = []

    def add_argument(self, *flags, action=None, type=None, default=None, help=None, nargs=None,
                     choices=None, required=None, metavar=None, dest=None, const=None):
        positional = not flags[0].startswith("-")
        if dest is None:
            if positional:
                dest = flags[0]
            else:
                longs = [f for f in flags if f.startswith("--")]
                dest = (longs[0] if longs else flags[0]).lstrip("-").replace("-", "_")
        if action == "store_true":
            default = False if default is None else default
        elif action == "store_false":
            default = True if default is None else default
        elif action == "count":
            pass
        if required is None:
            required = positional and nargs not in ("?", "*")
        a = _Action(list(flags), dest, action or "store", type, default, help, nargs, choices,
                    required, metavar, const)
        a.positional = positional
        self._actions.append(a)
        return a

    def _metavar(self, a):
        if a.metavar is not None:
            return a.metavar
        if a.choices is not None:
            return "{" + ",".join(str(c) for c in a.choices) + "}"
        return a.dest if a.positional else a.dest.upper()

    def _arg_usage(self, a):
        m = self._metavar(a)
        if a.kind in ("store_true", "store_false", "count", "help"):
            return a.flags[0]
        if a.nargs == "?":
            part = "[%s]" % m
        elif a.nargs == "*":
            part = "[%s ...]" % m
        elif a.nargs == "+":
            part = "%s [%s ...]" % (m, m)
        elif isinstance(a.nargs, int):
            part = " ".join([m] * a.nargs)
        else:
            part = m
        if a.positional:
            return part
        return a.flags[0] + " " + part

    def format_usage(self):
        parts = []
        if self.add_help:
            parts.append("[-h]")
        for a in self._actions:
            if not a.positional:
                u = self._arg_usage(a)
                parts.append(u if a.required else "[" + u + "]")
        for a in self._actions:
            if a.positional:
                parts.append(self._arg_usage(a))
        return "usage: " + " ".join([self.prog] + parts) + "\n"

    def format_help(self):
        out = self.format_usage()
        if self.description:
            out += "\n" + self.description + "\n"
        pos = [a for a in self._actions if a.positional]
        opts = [a for a in self._actions if not a.positional]
        if pos:
            out += "\npositional arguments:\n"
            for a in pos:
                out += self._help_line(self._metavar(a), a.help)
        out += "\noptions:\n"
        if self.add_help:
            out += self._help_line("-h, --help", "show this help message and exit")
        for a in opts:
            if a.kind in ("store_true", "store_false", "count"):
                inv = ", ".join(a.flags)
            else:
                m = self._metavar(a)
                inv = ", ".join(f + " " + m for f in a.flags)
            out += self._help_line(inv, a.help)
        if self.epilog:
            out += "\n" + self.epilog + "\n"
        return out

    def _help_line(self, inv, help):
        if help is None:
            return "  " + inv + "\n"
        if len(inv) <= 20:
            return "  " + inv.ljust(22) + help + "\n"
        return "  " + inv + "\n" + " " * 24 + help + "\n"

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())

    def print_usage(self, file=None):
        (file or sys.stdout).write(self.format_usage())

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write("%s: error: %s\n" % (self.prog, message))
        sys.exit(2)

    def exit(self, status=0, message=None):
        if message:
            sys.stderr.write(message)
        sys.exit(status)

    def _convert(self, a, s):
        if a.type is None:
            v = s
        else:
            try:
                v = a.type(s)
            except (TypeError, ValueError):
                name = getattr(a.type, "__name__", repr(a.type))
                self.error("argument %s: invalid %s value: %r" % ("/".join(a.flags) if not a.positional else a.dest, name, s))
        if a.choices is not None and v not in a.choices:
            self.error("argument %s: invalid choice: %r (choose from %s)" % (
                "/".join(a.flags) if not a.positional else a.dest, v, ", ".join(repr(c) for c in a.choices)))
        return v

    def parse_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        ns = namespace if namespace is not None else Namespace()
        for a in self._actions:
            if a.kind == "count" and a.default is None:
                setattr(ns, a.dest, None)
            elif isinstance(a.default, str) and a.type is not None and not a.positional:
                setattr(ns, a.dest, a.type(a.default))
            else:
                setattr(ns, a.dest, a.default)
        positionals = [a for a in self._actions if a.positional]
        seen = set()
        rest = []
        i = 0
        only_pos = False
        while i < len(args):
            tok = args[i]
            i += 1
            if tok == "--" and not only_pos:
                only_pos = True
                continue
            if only_pos or not tok.startswith("-") or tok == "-" or _is_number(tok):
                rest.append(tok)
                continue
            if self.add_help and tok in ("-h", "--help"):
                self.print_help()
                sys.exit(0)
            value = None
            if tok.startswith("--") and "=" in tok:
                tok, value = tok.split("=", 1)
            elif not tok.startswith("--") and len(tok) > 2:
                tok, value = tok[:2], tok[2:]
            match = None
            for a in self._actions:
                if tok in a.flags:
                    match = a
            if match is None and tok.startswith("--"):
                cands = [a for a in self._actions if any(f.startswith(tok) for f in a.flags if f.startswith("--"))]
                if len(cands) == 1:
                    match = cands[0]
            if match is None:
                self.error("unrecognized arguments: %s" % " ".join(args[i - 1:]))
            a = match
            seen.add(a.dest)
            if a.kind == "store_true":
                setattr(ns, a.dest, True)
            elif a.kind == "store_false":
                setattr(ns, a.dest, False)
            elif a.kind == "count":
                setattr(ns, a.dest, (getattr(ns, a.dest) or 0) + 1)
            elif a.kind == "store_const":
                setattr(ns, a.dest, a.const)
            else:
                if a.nargs in ("*", "+") or isinstance(a.nargs, int):
                    vals = [] if value is None else [value]
                    while i < len(args) and (not args[i].startswith("-") or _is_number(args[i])):
                        if isinstance(a.nargs, int) and len(vals) >= a.nargs:
                            break
                        vals.append(args[i])
                        i += 1
                    if a.nargs == "+" and not vals:
                        self.error("argument %s: expected at least one argument" % "/".join(a.flags))
                    v = [self._convert(a, s) for s in vals]
                else:
                    if value is None:
                        if i >= len(args) or (args[i].startswith("-") and not _is_number(args[i])):
                            if a.nargs == "?":
                                setattr(ns, a.dest, a.const)
                                continue
                            self.error("argument %s: expected one argument" % "/".join(a.flags))
                        value = args[i]
                        i += 1
                    v = self._convert(a, value)
                if a.kind == "append":
                    cur = getattr(ns, a.dest)
                    cur = [] if cur is None else list(cur)
                    cur.append(v)
                    v = cur
                setattr(ns, a.dest, v)
        pi = 0
        for a in positionals:
            if a.nargs in ("*", "+"):
                take = rest[pi:]
                pi = len(rest)
                if a.nargs == "+" and not take:
                    break
                setattr(ns, a.dest, [self._convert(a, s) for s in take])
                seen.add(a.dest)
            elif a.nargs == "?":
                if pi < len(rest):
                    setattr(ns, a.dest, self._convert(a, rest[pi]))
                    pi += 1
                seen.add(a.dest)
            elif pi < len(rest):
                setattr(ns, a.dest, self._convert(a, rest[pi]))
                pi += 1
                seen.add(a.dest)
        missing = [a for a in self._actions if a.required and a.dest not in seen]
        if missing:
            names = ["/".join(a.flags) if not a.positional else self._metavar(a) for a in missing]
            self.error("the following arguments are required: %s" % ", ".join(names))
        if pi < len(rest):
            self.error("unrecognized arguments: %s" % " ".join(rest[pi:]))
        return ns


def _is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False
