text = "the cat sat on the mat with the hat"
print(text.replace("the", "a"))
print(text.replace("the", "a", 2))
print(text.replace("", "-")[:12])
print(text.find("the"), text.find("the", 1), text.find("dog"), text.rfind("the"))
print(text.index("cat"), text.count("the"), text.count("at"), text.count(""))
print("aaaa".count("aa"), "banana".replace("an", "AN"))
try:
    text.index("dog")
except ValueError as e:
    print("ValueError:", e)
