from abc import ABC, abstractmethod
from typing import Optional

class UserRepository(ABC):
    @abstractmethod
    def add(self, name: str) -> int: ...

    @abstractmethod
    def get(self, user_id: int) -> Optional[str]: ...

    @abstractmethod
    def list(self) -> list: ...

class InMemoryUsers(UserRepository):
    def __init__(self):
        self._rows = {}
        self._next = 1

    def add(self, name):
        self._rows[self._next] = name
        self._next += 1
        return self._next - 1

    def get(self, user_id):
        return self._rows.get(user_id)

    def list(self):
        return sorted(self._rows.values())

repo: UserRepository = InMemoryUsers()
print(repo.add("ann"), repo.add("bob"))
print(repo.get(2), repo.get(9), repo.list())
class OnlyAdd(UserRepository):
    def add(self, name):
        return 0
try:
    OnlyAdd()
except TypeError as e:
    print(type(e).__name__, e)
