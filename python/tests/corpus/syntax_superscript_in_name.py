x² = 1
print("accepted")
