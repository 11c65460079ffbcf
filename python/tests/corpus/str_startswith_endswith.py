files = ["report.pdf", "photo.JPG", "notes.txt", "archive.tar.gz", "image.png"]
for f in files:
    kind = "image" if f.lower().endswith((".jpg", ".png")) else "other"
    print(f, kind)
print("hello".startswith("he"), "hello".startswith("lo", 3), "hello".startswith(("x", "h")))
print("hello".endswith(""), "hello".endswith("hell", 0, 4))
url = "https://example.org"
print(url.startswith(("http://", "https://")))
print(url.removeprefix("https://"), "file.txt".removesuffix(".txt"))
