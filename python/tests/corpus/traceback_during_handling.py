def read_config(d):
    try:
        return d["port"]
    except KeyError:
        print("port missing, using default from", d["default"])


print(read_config({"port": 80}))
read_config({})
