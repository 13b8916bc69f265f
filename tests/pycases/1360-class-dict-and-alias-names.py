from typing import Generic, TypeVar, List, Dict, Optional, get_type_hints
import copy
from datetime import datetime, date, timedelta, timezone

T = TypeVar("T")
B = TypeVar("B", bound=int)
C = TypeVar("C", int, str, covariant=True)


class Repo(Generic[T]):
    table = "repos"

    def get(self, key: "Repo") -> Optional["Repo"]:
        return None


print(Repo[int].__name__, Repo[int].__qualname__, List[int].__name__, Dict[str, int]._name)
print(Repo[int].__origin__ is Repo, Repo[int].__args__, Repo[int]._name)
print(T, B, C, B.__bound__, C.__constraints__, C.__covariant__, T.__bound__, T.__contravariant__)
print(sorted(k for k in Repo.__dict__ if not k.startswith("__") or k == "__qualname__"))
print("__qualname__" in Repo.__dict__, Repo.__qualname__)
print(get_type_hints(Repo.get))
stamp = datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc)
print(copy.deepcopy(stamp) == stamp, copy.copy(date(2024, 5, 6)), copy.deepcopy([timedelta(hours=5)]))
print(copy.deepcopy({"when": stamp, "tags": ["a"]}))
