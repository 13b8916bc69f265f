from urllib.parse import urlparse, urlunparse, parse_qs, parse_qsl, urlencode, quote, unquote, quote_plus, urljoin, urlsplit
url = "https://user:pw@shop.example.com:8443/search/items?q=red+mug&page=2&tag=a&tag=b#results"
p = urlparse(url)
print(p.scheme, p.netloc, p.hostname, p.port, p.path, p.query, p.fragment, p.username)
print(parse_qs(p.query))
print(parse_qsl(p.query))
params = {"q": "blue mug & saucer", "page": 3, "sort": "price-desc"}
print(urlencode(params))
print(urlencode({"tag": ["x", "y"]}, doseq=True))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("caf%C3%A9%20au%20lait"))
print(urljoin("https://site.com/blog/post/1", "../about"), urljoin("https://site.com/a/b", "/root"), urljoin("https://site.com/a/", "c?x=1"))
new = p._replace(query=urlencode({"q": "tea"}), fragment="")
print(urlunparse(new))
s = urlsplit("http://localhost/api/v1/users/42/")
print(s.path.strip("/").split("/"), s.netloc, s.port)
def add_param(u, **kw):
    parts = urlparse(u)
    qs = dict(parse_qsl(parts.query))
    qs.update({k: str(v) for k, v in kw.items()})
    return urlunparse(parts._replace(query=urlencode(sorted(qs.items()))))
print(add_param("http://x.io/list?page=1&size=10", page=2, filter="new"))
