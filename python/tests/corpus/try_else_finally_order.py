def run(fail):
    trace = []
    try:
        trace.append("try")
        if fail:
            raise ValueError
    except ValueError:
        trace.append("except")
        return trace + ["return from except"]
    else:
        trace.append("else")
    finally:
        trace.append("finally")
        print("finally sees", trace)
    trace.append("after")
    return trace


print(run(False))
print(run(True))
