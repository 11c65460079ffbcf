class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f"cannot withdraw {self.amount}, balance is {self.balance}"


class AppError(Exception):
    pass


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount


print(withdraw(100, 30))
try:
    withdraw(10, 30)
except InsufficientFunds as e:
    print(e)
    print(e.args, e.amount)
    print(isinstance(e, Exception))
e = AppError("plain", 2)
print(str(e), repr(e), e.args)
withdraw(5, 6)
