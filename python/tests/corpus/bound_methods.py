class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance


acct = Account("ann")
dep = acct.deposit
print(dep(10), dep(5), acct.balance)
print(type(dep).__name__, dep.__name__, dep.__self__ is acct)
print(Account.deposit(acct, 1))
stack = []
push = stack.append
for i in range(3):
    push(i)
print(stack)
print(list(map("-".join, [["a", "b"], ["c"]])))
print(acct.deposit == acct.deposit, acct.deposit is acct.deposit)
