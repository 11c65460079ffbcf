# from __future__ import braces: not a chance.
from __future__ import braces
