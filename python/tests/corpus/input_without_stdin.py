# input() with nothing on standard input: the prompt is written, then EOFError.
try:
    name = input("Your name: ")
except EOFError as e:
    print()
    print("EOFError:", e)
try:
    input()
except EOFError:
    print("no prompt, EOFError")
print("asking again")
answer = input(42)
print("not reached", answer)
