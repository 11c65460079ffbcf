class Account:
    def __init__(self, owner):
        self.owner = owner

    def __str__(self):
        return "Account of " + str(self)


try:
    print(Account("ada"))
except RecursionError as e:
    print("RecursionError:", e)
