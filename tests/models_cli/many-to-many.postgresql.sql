
CREATE TABLE specialities (
	id SERIAL NOT NULL, 
	name VARCHAR, 
	PRIMARY KEY (id)
)


CREATE TABLE users (
	id SERIAL NOT NULL, 
	full_name VARCHAR, 
	PRIMARY KEY (id)
)


CREATE TABLE user_speciality (
	user_id INTEGER NOT NULL, 
	speciality_id INTEGER NOT NULL, 
	PRIMARY KEY (user_id, speciality_id), 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(speciality_id) REFERENCES specialities (id)
)

