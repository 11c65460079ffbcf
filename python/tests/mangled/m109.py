import asyncio
import itertools as it
import os
import random
import time

