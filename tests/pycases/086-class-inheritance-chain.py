class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
animals = [Animal("x"), Dog("rex"), Puppy("bit")]
for a in animals:
    print(a, a.speak())
print(isinstance(animals[2], Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print(Puppy.__mro__ if False else [c.__name__ for c in Puppy.__mro__])
