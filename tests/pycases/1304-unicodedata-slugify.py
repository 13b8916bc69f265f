import re
import unicodedata


def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[-\s]+", "-", text).strip("-_")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


for title in ["Déjà Vu: Ça marche!", "Ærøskøbing & Łódź", "Ｗｉｄｅ　ｔｅｘｔ ①②", "naïve café — résumé"]:
    print(repr(slugify(title)), repr(strip_accents(title)))
e1, e2 = "é", "e\u0301"
print(e1 == e2, len(e1), len(e2), unicodedata.normalize("NFC", e2) == e1, unicodedata.is_normalized("NFD", e2))
print([unicodedata.name(c) for c in unicodedata.normalize("NFD", "ñé")])
print(unicodedata.normalize("NFKC", "ﬁnance ½ ²"), [hex(ord(c)) for c in unicodedata.normalize("NFKD", "ﬁ½")])
try:
    unicodedata.normalize("NFX", "a")
except ValueError as e:
    print("ValueError:", e)
