# threading on one thread: a started thread runs at once, to its end (what CPython shows for short
# targets, which finish before the starting thread resumes). When a thread must wait for something only
# a later step of the program provides (a get() on an empty queue, an unset Event, a held Lock), it is
# abandoned at that point and started again from its beginning when the program next waits (join(), a
# blocking get(), Event.wait()): consumers that wait for their first item before doing anything behave
# exactly as under CPython. Waiting for something no thread can provide raises RuntimeError (CPython
# would hang), unless the wait has a timeout.
import sys as _sys
from time import monotonic as _time

_counter = 0
_version = 0
_waiting = []
_running = []


class _Blocked(BaseException):
    pass


def _changed():
    global _version
    _version += 1


def _block_until(cond, timeout=None):
    while not cond():
        progressed = False
        for t in list(_waiting):
            if t in _running:
                continue
            _waiting.remove(t)
            before = _version
            t._attempt()
            if t._done or _version != before:
                progressed = True
                break
        if progressed:
            continue
        if timeout is not None:
            return False
        if _running:
            raise _Blocked
        raise RuntimeError("deadlock: the program waits for something no thread will ever do")
    return True


def _new_name(target):
    global _counter
    _counter += 1
    name = f"Thread-{_counter}"
    fname = getattr(target, "__name__", None)
    return f"{name} ({fname})" if fname else name


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        self._name = str(name) if name is not None else _new_name(target)
        self._daemon = bool(daemon) if daemon is not None else current_thread().daemon
        self._started = False
        self._done = False
        self._ident = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = bool(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    def isDaemon(self):
        return self._daemon

    def setDaemon(self, value):
        self.daemon = value

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = 140000000000000 + id(self) % 1000000 * 4096
        _changed()
        self._attempt()

    def _attempt(self):
        _running.append(self)
        try:
            self.run()
        except _Blocked:
            _waiting.append(self)
            return
        except SystemExit:
            pass
        except BaseException as exc:
            import traceback
            _sys.stderr.write(f"Exception in thread {self._name}:\n")
            _sys.stderr.write("".join(traceback.format_exception(exc)))
        finally:
            _running.remove(self)
        self._done = True
        _changed()

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _block_until(lambda: self._done, timeout)

    def is_alive(self):
        return self._started and not self._done

    def __repr__(self):
        status = "initial" if not self._started else ("stopped" if self._done else "started")
        if self._daemon:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._daemon = False
        self._started = True
        self._done = False
        self._ident = 140000000000000


_main = _MainThread()


def current_thread():
    return _running[-1] if _running else _main


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return current_thread().ident


get_native_id = get_ident


def active_count():
    return 1 + len(_waiting)


def enumerate():
    return [_main] + list(_waiting)


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class Lock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        if self._count and (self._owner is not current_thread() or not self._reentrant()):
            if not blocking:
                return False
            if not _block_until(lambda: not self._count, None if timeout < 0 else timeout):
                return False
        self._owner = current_thread()
        self._count += 1
        _changed()
        return True

    def _reentrant(self):
        return False

    def release(self):
        if not self._count:
            raise RuntimeError("release unlocked lock")
        self._count -= 1
        if not self._count:
            self._owner = None
        _changed()

    def locked(self):
        return bool(self._count)

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return f"<{state} _thread.lock object at 0x{id(self):x}>"


class RLock(Lock):
    def _reentrant(self):
        return True

    def release(self):
        if self._owner is not current_thread():
            raise RuntimeError("cannot release un-acquired lock")
        Lock.release(self)


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True
        _changed()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return _block_until(lambda: self._flag, timeout)


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._notified = 0
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        seen = self._notified
        self._lock.release()
        try:
            return _block_until(lambda: self._notified != seen, timeout)
        finally:
            self._lock.acquire()

    def wait_for(self, predicate, timeout=None):
        self._lock.release()
        try:
            _block_until(predicate, timeout)
        finally:
            self._lock.acquire()
        return predicate()

    def notify(self, n=1):
        self._notified += 1
        _changed()

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not self._value:
            if not blocking or not _block_until(lambda: self._value > 0, timeout):
                return False
        self._value -= 1
        _changed()
        return True

    __enter__ = acquire

    def release(self, n=1):
        self._value += n
        _changed()

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        Semaphore.release(self, n)


class local:
    pass


def settrace(func):
    pass


def setprofile(func):
    pass


TIMEOUT_MAX = 9223372036.0
