from typing import NamedTuple, Optional, TypedDict, Union, get_origin, get_type_hints

Movie = TypedDict("Movie", {"title": str, "year": int})
Draft = TypedDict("Draft", {"title": str, "notes": "list[str]"}, total=False)
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie.__name__, sorted(Movie.__required_keys__), sorted(Draft.__optional_keys__))
print(Movie(title="Up", year=2009), Draft.__total__)

Point = NamedTuple("Point", [("x", float), ("y", float)])
Pixel = NamedTuple("Pixel", x=int, y=int)
p = Point(1.5, 2)
print(p, p._fields, p._replace(y=0), Point.__annotations__, Pixel(3, 4), Pixel._fields)
print(get_origin(Optional[str]) is Union, get_origin(Union[int, str]) is Union, get_origin(int | str) is Union)


def area(w: "float", h: "Optional[float]" = None, *, unit: str = "m") -> "dict[str, float]":
    return {unit: w * (h or w)}


print(get_type_hints(area), area.__annotations__["w"])


class Box:
    size: "int"
    label: Optional[str]
    meta: None


print(get_type_hints(Box))
