class Config:
    names = ["a", "b"]
    upper = [(last := n.upper()) for n in names]
