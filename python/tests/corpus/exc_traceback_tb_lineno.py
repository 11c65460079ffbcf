# A traceback object's tb_lineno and tb_next: from the frame that caught it inwards.
def outer():
    def inner():
        raise ValueError("deep")
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno, lines)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
