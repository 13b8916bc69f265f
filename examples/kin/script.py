user = User(full_name="Nia Park")
user.kins.append(Kin(full_name="Sol Park", phone="555-0101", kinship="brother"))
user.kins.append(Kin(full_name="Mira Park", kinship="mother"))
session.add(user)
session.commit()

user = session.query(User).first()
for kin in user.kins:
    print(kin.full_name, kin.kinship, kin.phone or "(no phone)")

# The DB column is still called "relationship"; in Python you filter on the attribute
mothers = session.query(Kin).filter_by(kinship="mother").all()
print("mothers:", [k.full_name for k in mothers])
