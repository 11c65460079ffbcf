class Bad:
    def __str__(self):
        raise ValueError('no str for you')

print('before')
print(Bad())
