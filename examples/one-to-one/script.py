ada = User(full_name="Dr. Ada Obi")
print("before:", ada.profile)  # None, not an empty list
ada.profile = Profile(bio="Heart specialist")
tom = User(full_name="Tom Reed")
session.add_all([ada, tom])
session.commit()

for user in session.query(User).order_by(User.id):
    bio = user.profile.bio if user.profile else "(no profile)"
    print(f"{user.full_name}: {bio}")

p = session.query(Profile).first()
print("profile owner:", p.user.full_name)

# Replacing the profile detaches the old one: its user_id becomes NULL
ada.profile = Profile(bio="Head of cardiology")
session.commit()
for p in session.query(Profile).order_by(Profile.id):
    print(p.id, p.bio, p.user_id)
