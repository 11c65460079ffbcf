# json.loads on good and bad documents: CPython's (its C scanner's) messages,
# positions, line and column numbers, bytes input, and an uncaught
# JSONDecodeError's traceback (json.decoder.JSONDecodeError).
import json
bad = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" 1}', '{1:2}', '[', '[1', '[1,', '[1 2]', '[1,]', '{"a":1,}',
       '"abc', '"a\\qb"', '"a\\u12"', '"a\\u12zz"', '"a\x01b"', 'tru', 'nul', '01', '-', '1.', '1e', '.5', '1 2', '[1] x', '\ufeff[]',
       'NaN', '-Infinity', '[-]', '{"a":1 "b":2}', '"\\', '"abc\\"', '[1,\n2,\n x]', '\n\n  {\n "k": }',
       '1e5', '-0', '-0.0', '123456789012345678901234567890', '1E+2', '"\\/"', '{"a":{"b":[true,false,null]}}', '  [  ]  ', '{ }', '"\\u00e9\\ud83d\\ude00"',
       '["é", "😀", 1,, 2]', '{"ключ": "значение", "n": [1, 2}', '"naïve \x02"', '["ü" "x"]']
for b in bad:
    try:
        r = json.loads(b)
        print(repr(b), '->', repr(r))
    except json.JSONDecodeError as e:
        print(repr(b), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno)
for b in [b'[1]', bytearray(b'{"a":1}'), 5, None]:
    try:
        print(json.loads(b))
    except Exception as e:
        print(type(e).__name__, e)
json.loads("{\"config\": {\"retries\": 3,}}")
