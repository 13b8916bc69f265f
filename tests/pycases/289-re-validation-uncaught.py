import re

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

def slugify(title):
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if not SLUG.match(slug):
        raise ValueError(f"cannot make a slug from {title!r}")
    return slug

print(slugify("Hello, World!"))
print(slugify("  SQLAlchemy 2.0 -- ORM  "))
print(slugify("!!!"))
