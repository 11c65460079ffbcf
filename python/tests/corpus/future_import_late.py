# A future import after other statements is a SyntaxError.
import asyncio
from __future__ import annotations
