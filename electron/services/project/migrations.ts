import type { Database } from 'better-sqlite3';

/** One schema step; migration N (1-based) takes a file from user_version N-1 to N. */
export type Migration = (db: Database) => void;

/** Every schema step in order. Append new steps; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  function createCourseTables(db) {
    db.exec(`
      CREATE TABLE courses (
        id TEXT PRIMARY KEY,
        -- A project holds exactly one course.
        singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
        title TEXT NOT NULL,
        client TEXT NOT NULL,
        business_problem TEXT NOT NULL,
        audience TEXT NOT NULL,
        audience_level TEXT NOT NULL,
        learner_count INTEGER NOT NULL,
        language TEXT NOT NULL,
        weekly_budget_minutes INTEGER NOT NULL,
        duration_weeks INTEGER NOT NULL,
        start_date TEXT,
        target_lms TEXT NOT NULL,
        scorm_version TEXT NOT NULL,
        packaging_mode TEXT NOT NULL,
        completion_rule TEXT NOT NULL,
        mastery_score INTEGER NOT NULL,
        competencies TEXT NOT NULL CHECK (json_valid(competencies))
      );

      CREATE TABLE modules (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        week INTEGER NOT NULL,
        position TEXT NOT NULL
      );
      CREATE INDEX modules_by_position ON modules (position);

      CREATE TABLE objectives (
        id TEXT PRIMARY KEY,
        module_id TEXT REFERENCES modules (id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        text TEXT NOT NULL,
        bloom_level TEXT,
        position TEXT NOT NULL
      );
      CREATE INDEX objectives_by_module ON objectives (module_id, position);

      CREATE TABLE capsules (
        id TEXT PRIMARY KEY,
        module_id TEXT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        minutes_override REAL,
        week_override INTEGER,
        content TEXT NOT NULL CHECK (json_valid(content)),
        position TEXT NOT NULL
      );
      CREATE INDEX capsules_by_module ON capsules (module_id, position);

      -- Links cascade away with either side, so a deleted objective never leaves a dangling id.
      CREATE TABLE capsule_objectives (
        capsule_id TEXT NOT NULL REFERENCES capsules (id) ON DELETE CASCADE,
        objective_id TEXT NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
        rank INTEGER NOT NULL,
        PRIMARY KEY (capsule_id, objective_id)
      );
      CREATE INDEX capsule_objectives_by_objective ON capsule_objectives (objective_id);

      CREATE TABLE quizzes (
        id TEXT PRIMARY KEY,
        capsule_id TEXT NOT NULL REFERENCES capsules (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        passing_score INTEGER,
        shuffle INTEGER NOT NULL,
        draw_count INTEGER,
        feedback_passed TEXT NOT NULL,
        feedback_failed TEXT NOT NULL
      );
      CREATE INDEX quizzes_by_capsule ON quizzes (capsule_id);

      -- The fields every type shares are columns; the rest of the question is its JSON payload.
      CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        quiz_id TEXT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        position TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload))
      );
      CREATE INDEX questions_by_quiz ON questions (quiz_id, position);

      CREATE TABLE question_objectives (
        question_id TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        objective_id TEXT NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
        rank INTEGER NOT NULL,
        PRIMARY KEY (question_id, objective_id)
      );
      CREATE INDEX question_objectives_by_objective ON question_objectives (objective_id);

      -- Media bytes, content-addressed. sha256 is null while an import is still writing chunks:
      -- the hash is known only after the last byte, and setting it on this small row avoids rewriting 1 MB chunk rows.
      CREATE TABLE media_contents (
        id INTEGER PRIMARY KEY,
        sha256 TEXT UNIQUE,
        size INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE media_chunks (
        content_id INTEGER NOT NULL REFERENCES media_contents (id) ON DELETE CASCADE,
        chunk_index INTEGER NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (content_id, chunk_index)
      );

      CREATE TABLE media_assets (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES media_contents (sha256),
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        kind TEXT NOT NULL,
        size INTEGER NOT NULL,
        crc32 INTEGER NOT NULL,
        duration_seconds REAL,
        width INTEGER,
        height INTEGER,
        created_at TEXT NOT NULL
      );
      CREATE INDEX media_assets_by_sha256 ON media_assets (sha256);

      CREATE TABLE cohorts (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        start_date TEXT NOT NULL,
        learner_count INTEGER NOT NULL,
        time_zone TEXT NOT NULL,
        holidays TEXT NOT NULL CHECK (json_valid(holidays))
      );

      CREATE TABLE live_sessions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        week INTEGER NOT NULL,
        day_offset INTEGER NOT NULL,
        start_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        capacity INTEGER,
        module_id TEXT REFERENCES modules (id) ON DELETE SET NULL,
        notes TEXT NOT NULL
      );

      CREATE TABLE week_plans (
        week INTEGER PRIMARY KEY,
        theme TEXT NOT NULL,
        due_day_offset INTEGER NOT NULL,
        tutor_notes TEXT NOT NULL
      );

      CREATE TABLE project_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      );
    `);
  },
  function addTutorTime(db) {
    db.exec(`
      ALTER TABLE courses ADD COLUMN tutor_minutes_per_week INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE week_plans ADD COLUMN tutor_minutes INTEGER;
      `);
    },
  function createReviewTables(db) {
    // Comments and sign-offs name modules, capsules and questions without foreign keys: they outlive
    // what they point at (shown as detached), as the client's words must never be lost.
    db.exec(`
      CREATE TABLE review_rounds (
        id TEXT PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        deadline TEXT,
        module_ids TEXT CHECK (module_ids IS NULL OR json_valid(module_ids)),
        show_answers INTEGER NOT NULL,
        language TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- The course document as it was when the round started.
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
      );

      CREATE TABLE review_comments (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES review_rounds (id) ON DELETE CASCADE,
        reviewer TEXT NOT NULL,
        anchor TEXT NOT NULL CHECK (json_valid(anchor)),
        module_id TEXT,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        status TEXT NOT NULL,
        reply TEXT NOT NULL,
        replied_at TEXT
      );
      CREATE INDEX review_comments_by_round ON review_comments (round_id, created_at);

      CREATE TABLE review_signoffs (
        round_id TEXT NOT NULL REFERENCES review_rounds (id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        decision TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        PRIMARY KEY (round_id, module_id, reviewer)
      );
    `);
  },
  function addClientTheme(db) {
    // Existing courses keep the player's own look (DEFAULT_CLIENT_THEME) until the designer picks the client's.
    db.exec(`ALTER TABLE courses ADD COLUMN theme TEXT NOT NULL DEFAULT '{"primary":"#1f5fbf","accent":"#1d6b3a","font":"system","logoMediaId":null}' CHECK (json_valid(theme));`);
  },
  function addPendingMediaStore(db) {
    // 1 while an imported content's bytes are still in the store beside the project (media/mediaStore.ts),
    // not yet copied into media_chunks: an import then costs one file write instead of SQLite's write path.
    db.exec('ALTER TABLE media_contents ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;');
  },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
