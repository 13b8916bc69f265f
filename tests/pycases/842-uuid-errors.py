import uuid

bad = [
    dict(hex="xyz"),
    dict(hex="12345678-1234-5678-1234-56781234567"),
    dict(hex="g2345678-1234-5678-1234-567812345678"),
    dict(int=-1),
    dict(int=2**128),
    dict(bytes=b"short"),
    dict(bytes_le=b"x" * 17),
    dict(fields=(1, 2, 3)),
    dict(fields=(2**32, 0, 0, 0, 0, 0)),
    dict(fields=(0, 0, 0, 0, 0, 2**48)),
    dict(int=5, version=9),
    dict(),
    dict(hex="0" * 32, int=0),
]
for kw in bad:
    try:
        uuid.UUID(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
