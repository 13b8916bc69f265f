"""queue: Queue, LifoQueue, PriorityQueue and SimpleQueue. A get() or put() that would block first lets
threads the program started run (see `threading`); when none can help, it raises Empty or Full at once."""

import heapq
import sys as _sys
from collections import deque


def _wait(cond, timeout):
    # Threads the program started may provide what is waited for (see `threading`).
    threading = _sys.modules.get("threading")
    return threading is not None and threading._block_until(cond, timeout)


def _changed():
    threading = _sys.modules.get("threading")
    if threading is not None:
        threading._changed()


class Empty(Exception):
    pass


class Full(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        _wait(lambda: not self.unfinished_tasks, None)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.full() and not (block and _wait(lambda: not self.full(), timeout)):
            raise Full
        self._put(item)
        self.unfinished_tasks += 1
        _changed()

    def get(self, block=True, timeout=None):
        if not self._qsize() and not (block and _wait(self._qsize, timeout)):
            raise Empty
        item = self._get()
        _changed()
        return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue(Queue):
    pass
