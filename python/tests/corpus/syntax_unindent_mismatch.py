def show(n):
    if n > 0:
            print("positive")
        print("checked")


show(1)
