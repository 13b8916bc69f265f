with Session(engine) as s:
    root = Folder(account_id=1, folder_id=1, name="root")
    root.child_folders = [Folder(folder_id=2, name="docs"), Folder(folder_id=3, name="pics")]
    other = Folder(account_id=2, folder_id=1, name="root2")
    s.add_all([root, other])
    s.commit()
    print(s.execute(select(Folder.account_id, Folder.folder_id, Folder.parent_id, Folder.name).order_by(Folder.account_id, Folder.folder_id)).all())
    s.expunge_all()
    f = s.get(Folder, (1, 3))
    print(f.parent_folder.name, [c.name for c in f.parent_folder.child_folders])
    print(s.get(Folder, {"account_id": 2, "folder_id": 1}).child_folders)
