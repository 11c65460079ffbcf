import asyncio
import time


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
        self.result = None

    def _