# An unknown future feature is a SyntaxError.
from __future__ import annotations, nonsense
