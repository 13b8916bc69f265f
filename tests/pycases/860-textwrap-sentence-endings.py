import textwrap

text = "Hello there.  How are you? I am fine! Mr. Smith went home. Done."
w = textwrap.TextWrapper(width=30, fix_sentence_endings=True)
print(w.wrap(text))
print(w.fill("First sentence. Second one! Third?\nFourth."))
print(textwrap.fill("It ends.\nNext line", width=40, fix_sentence_endings=True))
print(textwrap.fill("Quote \"said.\" Then", width=40, fix_sentence_endings=True))
print(textwrap.fill("e.g. this. and That.", width=40, fix_sentence_endings=True))
print(textwrap.fill("a. b", width=40, fix_sentence_endings=True))
print(textwrap.fill("Hi.  Bye.", width=40))
