// Partner Graph schema: constraints and indexes, applied at every start-up.
// Every statement says IF NOT EXISTS, so applying the file twice changes nothing.
// Ids are the application's own stable strings, never Neo4j's internal ids.

// Uniqueness of our own ids (each also gives the index that every lookup by id uses).
CREATE CONSTRAINT partner_id IF NOT EXISTS FOR (n:Partner) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT specialty_id IF NOT EXISTS FOR (n:Specialty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT comment_id IF NOT EXISTS FOR (n:Comment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_group_id IF NOT EXISTS FOR (n:UserGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT introduction_id IF NOT EXISTS FOR (n:Introduction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT question_id IF NOT EXISTS FOR (n:Question) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT announcement_id IF NOT EXISTS FOR (n:Announcement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT feedback_id IF NOT EXISTS FOR (n:Feedback) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT feedback_theme_id IF NOT EXISTS FOR (n:FeedbackTheme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sign_in_throttle_key IF NOT EXISTS FOR (n:SignInThrottle) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT idempotent_request_key IF NOT EXISTS FOR (n:IdempotentRequest) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT rate_window_key IF NOT EXISTS FOR (n:RateWindow) REQUIRE n.key IS UNIQUE;
// Nodes being restored from a backup carry :Restoring until every relationship is in place, so
// relationships find their ends through one index whatever their labels (empty at other times).
CREATE INDEX restoring_id IF NOT EXISTS FOR (n:Restoring) ON (n.id);
CREATE CONSTRAINT notification_id IF NOT EXISTS FOR (n:Notification) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mail_id IF NOT EXISTS FOR (n:Mail) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT app_secret_name IF NOT EXISTS FOR (n:AppSecret) REQUIRE n.name IS UNIQUE;
// One run of a scheduled job per slot, whichever process starts it first.
CREATE CONSTRAINT scheduled_run_key IF NOT EXISTS FOR (n:ScheduledRun) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;

// Lookups the API filters or sorts by.
CREATE INDEX partner_name IF NOT EXISTS FOR (n:Partner) ON (n.name);
CREATE INDEX partner_tier IF NOT EXISTS FOR (n:Partner) ON (n.tier);
CREATE INDEX partner_managed IF NOT EXISTS FOR (n:Partner) ON (n.managed);
CREATE INDEX introduction_status IF NOT EXISTS FOR (n:Introduction) ON (n.status);
CREATE INDEX question_status IF NOT EXISTS FOR (n:Question) ON (n.status);
CREATE INDEX meeting_starts IF NOT EXISTS FOR (n:Meeting) ON (n.startsAt);
CREATE INDEX activity_date IF NOT EXISTS FOR (n:Activity) ON (n.date);
CREATE INDEX user_invitation IF NOT EXISTS FOR (n:User) ON (n.invitationHash);
CREATE INDEX mail_status IF NOT EXISTS FOR (n:Mail) ON (n.status);
CREATE INDEX notification_pending_digest IF NOT EXISTS FOR (n:Notification) ON (n.pendingDigest);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE POINT INDEX partner_location IF NOT EXISTS FOR (n:Partner) ON (n.location);

// Full-text search over partner names and companies, and specialty names (a partner matches
// through the specialties it offers).
CREATE FULLTEXT INDEX partner_search IF NOT EXISTS FOR (n:Partner|Specialty) ON EACH [n.name, n.company];
CREATE INDEX asks_tie_id IF NOT EXISTS FOR ()-[r:ASKS_TIE]-() ON (r.id);
