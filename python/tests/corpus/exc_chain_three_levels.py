class StorageError(Exception):
    pass


def read_block(n):
    return [1, 2, 3][n]


def read_file(n):
    try:
        return read_block(n)
    except IndexError as e:
        raise StorageError(f"block {n} unreadable") from e


def open_document(n):
    try:
        return read_file(n)
    except StorageError:
        raise RuntimeError("document corrupt")


print(open_document(1))
open_document(7)
