def helper():
    return "helper called"


print("__name__ is", __name__)
if __name__ == "__main__":
    print("running as a script:", helper())
else:
    print("imported")
