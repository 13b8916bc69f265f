# concurrent.futures on one thread: a submitted call runs at once, in a worker "thread" of the pool
# (threading's scheduler: it may wait for threads the program started), and its Future is done when
# submit() returns; as_completed() yields futures in the order given, map() in input order.
import threading as _threading

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(Exception):
    pass


TimeoutError = TimeoutError


class Future:
    def __init__(self):
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._callbacks = []

    def cancel(self):
        return False

    def cancelled(self):
        return False

    def running(self):
        return False

    def done(self):
        return self._state == "FINISHED"

    def result(self, timeout=None):
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._callbacks.append(fn)

    def set_result(self, result):
        self._result = result
        self._finish()

    def set_exception(self, exception):
        self._exception = exception
        self._finish()

    def _finish(self):
        self._state = "FINISHED"
        for fn in self._callbacks:
            fn(self)

    def __repr__(self):
        if self._exception is not None:
            return f"<Future at 0x{id(self):x} state=finished raised {type(self._exception).__name__}>"
        if self.done():
            return f"<Future at 0x{id(self):x} state=finished returned {type(self._result).__name__}>"
        return f"<Future at 0x{id(self):x} state=pending>"


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in fs:
                yield f.result()

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return False


class _Worker(_threading.Thread):
    def __init__(self, name, future, fn, args, kwargs):
        _threading.Thread.__init__(self, name=name)
        self._call = (future, fn, args, kwargs)

    def run(self):
        future, fn, args, kwargs = self._call
        try:
            result = fn(*args, **kwargs)
        except _threading._Blocked:
            raise
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)


_pools = 0


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        global _pools
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or 5
        self._prefix = thread_name_prefix or f"ThreadPoolExecutor-{_pools}"
        _pools += 1
        self._count = 0
        self._shutdown = False
        if initializer is not None:
            initializer(*initargs)

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future = Future()
        name = f"{self._prefix}_{self._count % self._max_workers}"
        self._count += 1
        _Worker(name, future, fn, args, kwargs).start()
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


ProcessPoolExecutor = ThreadPoolExecutor


def as_completed(fs, timeout=None):
    for f in list(fs):
        yield f


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    return (set(f for f in fs if f.done()), set(f for f in fs if not f.done()))
