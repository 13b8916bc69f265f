import html
import html.entities

text = '<a href="x?a=1&b=2">Tom\'s</a>'
print(html.escape(text))
print(html.escape(text, quote=False))
print(html.unescape(html.escape(text)) == text)
print(html.unescape("&lt;p&gt; &amp;amp; &copy; &#169; &#x41; &eacute;t&eacute; &notit; &bogus; &#0;"))
print(html.unescape("no references"), html.unescape("&#x110000; &#128;"))
print(html.entities.name2codepoint["amp"], html.entities.codepoint2name[60], html.entities.html5["gt;"])
print(len(html.entities.entitydefs) > 200, html.__all__)
