
CREATE TABLE specialities (
	id INTEGER NOT NULL, 
	name VARCHAR NOT NULL, 
	PRIMARY KEY (id)
)


CREATE TABLE users (
	id INTEGER NOT NULL, 
	full_name VARCHAR NOT NULL, 
	PRIMARY KEY (id)
)


CREATE TABLE appointments (
	id INTEGER NOT NULL, 
	details VARCHAR, 
	user_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
)


CREATE TABLE chat_sessions (
	id INTEGER NOT NULL, 
	title VARCHAR(100), 
	user_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
)


CREATE TABLE kins (
	id INTEGER NOT NULL, 
	full_name VARCHAR, 
	relationship VARCHAR, 
	user_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
)


CREATE TABLE profiles (
	id INTEGER NOT NULL, 
	bio VARCHAR, 
	user_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (user_id), 
	FOREIGN KEY(user_id) REFERENCES users (id)
)


CREATE TABLE user_speciality (
	user_id INTEGER NOT NULL, 
	speciality_id INTEGER NOT NULL, 
	PRIMARY KEY (user_id, speciality_id), 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(speciality_id) REFERENCES specialities (id)
)


CREATE TABLE messages (
	id INTEGER NOT NULL, 
	session_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	content TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES chat_sessions (id)
)

