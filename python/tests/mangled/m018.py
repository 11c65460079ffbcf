class A:
    def __getattr__(self, name):
        return self.missing

print(A().x)
