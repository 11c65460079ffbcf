# classmethod and staticmethod objects expose the function they wrap (__func__).
class K:
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
cm = K.__dict__["make"]
sm = K.__dict__["helper"]
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(type(sm).__name__, sm.__func__(21), sm.__func__ is K.helper)
