-- AnitaB.org Mentorship System, back end (anitab-org/mentorship-backend; Flask, Flask-SQLAlchemy; the server
-- of the AnitaB.org Mentorship System Android, iOS and Flutter apps: members register as mentors and/or mentees,
-- send and accept mentorship requests, and keep a shared task list with comments for each relation); GPL-3.0.
-- Source: github.com/anitab-org/mentorship-backend at commit d878a013060785a0a077ea16342707b501880827 (branch
-- develop), app/database/models/user.py, tasks_list.py, mentorship_relation.py, task_comment.py: the four
-- Flask-SQLAlchemy models compiled with SQLAlchemy's MySQL dialect (CreateTable), as upstream's MySQL/PostgreSQL
-- deployments create them with db.create_all(); the whole schema, nothing left out. JsonCustomType is TEXT,
-- MentorshipRelationState an ENUM of its member names.

CREATE TABLE tasks_list (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	tasks TEXT, 
	next_task_id INTEGER, 
	PRIMARY KEY (id)
);

CREATE TABLE users (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	name VARCHAR(30), 
	username VARCHAR(30), 
	email VARCHAR(254), 
	password_hash VARCHAR(100), 
	registration_date FLOAT, 
	terms_and_conditions_checked BOOL, 
	is_admin BOOL, 
	is_email_verified BOOL, 
	email_verification_date DATETIME, 
	current_mentorship_role INTEGER, 
	membership_status INTEGER, 
	bio VARCHAR(500), 
	location VARCHAR(80), 
	occupation VARCHAR(80), 
	organization VARCHAR(80), 
	slack_username VARCHAR(80), 
	social_media_links VARCHAR(500), 
	skills VARCHAR(500), 
	interests VARCHAR(200), 
	resume_url VARCHAR(200), 
	photo_url VARCHAR(200), 
	need_mentoring BOOL, 
	available_to_mentor BOOL, 
	PRIMARY KEY (id), 
	UNIQUE (username), 
	UNIQUE (email)
);

CREATE TABLE mentorship_relations (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	mentor_id INTEGER, 
	mentee_id INTEGER, 
	action_user_id INTEGER NOT NULL, 
	creation_date FLOAT NOT NULL, 
	accept_date FLOAT, 
	start_date FLOAT, 
	end_date FLOAT, 
	state ENUM('PENDING','ACCEPTED','REJECTED','CANCELLED','COMPLETED') NOT NULL, 
	notes VARCHAR(400), 
	tasks_list_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(mentor_id) REFERENCES users (id), 
	FOREIGN KEY(mentee_id) REFERENCES users (id), 
	FOREIGN KEY(tasks_list_id) REFERENCES tasks_list (id)
);

CREATE TABLE tasks_comments (
	id INTEGER NOT NULL AUTO_INCREMENT, 
	user_id INTEGER, 
	task_id INTEGER, 
	relation_id INTEGER, 
	creation_date FLOAT NOT NULL, 
	modification_date FLOAT, 
	comment VARCHAR(400) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES users (id), 
	FOREIGN KEY(task_id) REFERENCES tasks_list (id), 
	FOREIGN KEY(relation_id) REFERENCES mentorship_relations (id)
);

