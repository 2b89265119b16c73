import GRDB

/// The progress database's tables, built by GRDB migrations. Each migration
/// also sets `PRAGMA user_version` to its number, so a program that finds a
/// higher number knows the file comes from a newer version and leaves it alone.
///
/// Times are integer milliseconds since 1970 (exact in exports); option
/// orders are comma-separated original option indexes.
enum StoreSchema {
    /// The migrations in order: GRDB's identifier and the SQL; the n-th (from 1)
    /// sets `user_version` to n.
    static let migrations: [(name: String, sql: String)] = [
        ("v1", version1), ("v2-answer-forms", version2), ("v3-templates", version3), ("v4-reading", version4),
        ("v5-readiness", readiness),
    ]

    /// The highest schema version this program knows.
    static var version: Int { migrations.count }

    /// The span of a `review_bucket` row: a quarter of an hour.
    static let bucketMilliseconds: Int64 = 900_000

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for (index, migration) in migrations.enumerated() {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
                try db.execute(sql: "PRAGMA user_version = \(index + 1)")
            }
        }
        return migrator
    }

    /// The review table's indexes. Version 2 rebuilds the table and creates
    /// them again, as version 1 did.
    static let reviewIndexes = """
        CREATE UNIQUE INDEX review_card_time ON review(course, question, reviewed_at);
        CREATE INDEX review_time ON review(course, reviewed_at, correct);
        CREATE INDEX review_attempt ON review(attempt);
        CREATE INDEX review_first ON review(course, reviewed_at) WHERE source = 'practice' AND prior_last_review IS NULL;
        """

    /// The triggers that count each review in its card and in `review_bucket`;
    /// created by version 1 and again by version 2 on the rebuilt table.
    static let reviewTriggers = """
        CREATE TRIGGER review_counted AFTER INSERT ON review BEGIN
            UPDATE card SET review_count = review_count + 1, correct_count = correct_count + NEW.correct
            WHERE course = NEW.course AND question = NEW.question;
            INSERT INTO review_bucket VALUES (NEW.course, NEW.reviewed_at - ((NEW.reviewed_at % 900000) + 900000) % 900000,
                                              1, NEW.correct)
            ON CONFLICT (course, start) DO UPDATE SET reviews = reviews + 1, correct = correct + excluded.correct;
        END;
        CREATE TRIGGER review_uncounted AFTER DELETE ON review BEGIN
            UPDATE card SET review_count = review_count - 1, correct_count = correct_count - OLD.correct
            WHERE course = OLD.course AND question = OLD.question;
            UPDATE review_bucket SET reviews = reviews - 1, correct = correct - OLD.correct
            WHERE course = OLD.course AND start = OLD.reviewed_at - ((OLD.reviewed_at % 900000) + 900000) % 900000;
        END;
        """

    /// The review log as version 1 created it and as version 2 rebuilt it: the
    /// `source` values it allows, and with `answerForms` the columns of issue 11.
    static func reviewTable(_ name: String, sources: String, answerForms: Bool) -> String {
        let forms = """
                selection TEXT,
                response TEXT,
                confidence TEXT CHECK (confidence IN ('sure', 'unsure')),
                overridden INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
                reask INTEGER NOT NULL DEFAULT 0 CHECK (reask IN (0, 1)),

            """
        return """
            CREATE TABLE \(name) (
                id INTEGER PRIMARY KEY,
                course TEXT NOT NULL,
                question TEXT NOT NULL,
                reviewed_at INTEGER NOT NULL,
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
                correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
                chosen INTEGER,
                source TEXT NOT NULL CHECK (source IN (\(sources))),
                attempt INTEGER REFERENCES exam_attempt(id),
                prior_state INTEGER NOT NULL,
                prior_step INTEGER,
                prior_stability REAL,
                prior_difficulty REAL,
                prior_due INTEGER NOT NULL,
                prior_last_review INTEGER,
            \(answerForms ? forms : "")    FOREIGN KEY (course, question) REFERENCES card(course, question)
            );
            """
    }

    /// Cards hold one row per question of a course's bank (`review_count = 0`:
    /// never reviewed). `lesson`, `domain` and `position` mirror the current
    /// bank; `position` is NULL once a question left the course.
    ///
    /// Triggers keep three tallies so that statistics never scan the review
    /// log and only one index of the card table: each card's review and right
    /// answer counts, `card_tally` (cards in the bank and their answers per
    /// lesson, domain, state and seen/new) and `review_bucket` (reviews per
    /// quarter hour: every time zone's midnight falls on a quarter hour).
    static let version1 = """
        CREATE TABLE card (
            course TEXT NOT NULL,
            question TEXT NOT NULL,
            lesson TEXT NOT NULL,
            domain TEXT NOT NULL,
            position INTEGER,
            state INTEGER NOT NULL CHECK (state IN (1, 2, 3)),
            step INTEGER,
            stability REAL,
            difficulty REAL,
            due INTEGER NOT NULL,
            last_review INTEGER,
            review_count INTEGER NOT NULL DEFAULT 0,
            correct_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (course, question)
        ) WITHOUT ROWID;
        CREATE INDEX card_due ON card(course, due, review_count, position) WHERE review_count > 0 AND position IS NOT NULL;
        CREATE INDEX card_new ON card(course, position) WHERE review_count = 0 AND position IS NOT NULL;
        CREATE INDEX card_recall ON card(course, stability, last_review, review_count, position) WHERE review_count > 0 AND position IS NOT NULL;

        CREATE TABLE card_tally (
            course TEXT NOT NULL,
            lesson TEXT NOT NULL,
            domain TEXT NOT NULL,
            state INTEGER NOT NULL,
            seen INTEGER NOT NULL,
            cards INTEGER NOT NULL,
            reviews INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            PRIMARY KEY (course, lesson, domain, state, seen)
        ) WITHOUT ROWID;
        CREATE TRIGGER card_tally_inserted AFTER INSERT ON card WHEN NEW.position IS NOT NULL BEGIN
            INSERT INTO card_tally VALUES (NEW.course, NEW.lesson, NEW.domain, NEW.state, NEW.review_count > 0,
                                           1, NEW.review_count, NEW.correct_count)
            ON CONFLICT (course, lesson, domain, state, seen) DO UPDATE
            SET cards = cards + 1, reviews = reviews + excluded.reviews, correct = correct + excluded.correct;
        END;
        CREATE TRIGGER card_tally_deleted AFTER DELETE ON card WHEN OLD.position IS NOT NULL BEGIN
            UPDATE card_tally SET cards = cards - 1, reviews = reviews - OLD.review_count, correct = correct - OLD.correct_count
            WHERE course = OLD.course AND lesson = OLD.lesson AND domain = OLD.domain AND state = OLD.state
              AND seen = (OLD.review_count > 0);
        END;
        CREATE TRIGGER card_tally_updated AFTER UPDATE OF lesson, domain, state, position, review_count, correct_count ON card BEGIN
            UPDATE card_tally SET cards = cards - 1, reviews = reviews - OLD.review_count, correct = correct - OLD.correct_count
            WHERE OLD.position IS NOT NULL AND course = OLD.course AND lesson = OLD.lesson AND domain = OLD.domain
              AND state = OLD.state AND seen = (OLD.review_count > 0);
            INSERT INTO card_tally SELECT NEW.course, NEW.lesson, NEW.domain, NEW.state, NEW.review_count > 0,
                                          1, NEW.review_count, NEW.correct_count
            WHERE NEW.position IS NOT NULL
            ON CONFLICT (course, lesson, domain, state, seen) DO UPDATE
            SET cards = cards + 1, reviews = reviews + excluded.reviews, correct = correct + excluded.correct;
        END;

        CREATE TABLE course_bank (
            course TEXT PRIMARY KEY NOT NULL,
            fingerprint TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE exam_attempt (
            id INTEGER PRIMARY KEY,
            course TEXT NOT NULL,
            retake_of INTEGER REFERENCES exam_attempt(id),
            seed INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            deadline INTEGER,
            pass_percent REAL NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            submitted_at INTEGER,
            auto_submitted INTEGER NOT NULL DEFAULT 0 CHECK (auto_submitted IN (0, 1)),
            correct INTEGER
        );
        CREATE INDEX exam_attempt_course ON exam_attempt(course, started_at);
        CREATE INDEX exam_attempt_retake ON exam_attempt(retake_of);

        CREATE TABLE exam_question (
            attempt INTEGER NOT NULL REFERENCES exam_attempt(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question TEXT NOT NULL,
            domain TEXT NOT NULL,
            option_order TEXT NOT NULL,
            chosen INTEGER,
            answered_at INTEGER,
            flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
            PRIMARY KEY (attempt, position)
        ) WITHOUT ROWID;

        \(reviewTable("review", sources: "'practice', 'exam'", answerForms: false))
        \(reviewIndexes)

        CREATE TABLE review_bucket (
            course TEXT NOT NULL,
            start INTEGER NOT NULL,
            reviews INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            PRIMARY KEY (course, start)
        ) WITHOUT ROWID;

        \(reviewTriggers)

        CREATE TABLE lesson_progress (
            course TEXT NOT NULL,
            lesson TEXT NOT NULL,
            position INTEGER NOT NULL,
            percent REAL NOT NULL,
            completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (course, lesson)
        ) WITHOUT ROWID;

        CREATE TABLE bookmark (
            course TEXT NOT NULL,
            lesson TEXT NOT NULL,
            position INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            PRIMARY KEY (course, lesson, position)
        ) WITHOUT ROWID;
        """

    /// Answer forms (issue 11). Reviews record a selection (`0;2`), the answer as
    /// entered, the confidence, an override and a re-ask; `source` also takes
    /// `cram` and `drill` (answers logged outside the daily schedule). The review
    /// table is rebuilt for the wider `source` check (SQLite cannot alter a
    /// check): rows are copied as they are, the triggers and indexes recreated,
    /// and the copy fires no trigger, so the tallies stay as they were. Exam
    /// questions keep the same columns plus a snapshot of the question as asked
    /// (JSON), so a later edit of the bank never changes what a review shows.
    /// Settings hold the learner's preferences (confidence marking).
    /// `confidence_tally` counts answers by domain, confidence and correctness
    /// (re-asks aside), so calibration never scans the log.
    static let version2 = """
        \(reviewTable("review_v2", sources: "'practice', 'exam', 'cram', 'drill'", answerForms: true))
        INSERT INTO review_v2 (id, course, question, reviewed_at, rating, correct, chosen, source, attempt,
                               prior_state, prior_step, prior_stability, prior_difficulty, prior_due, prior_last_review)
        SELECT id, course, question, reviewed_at, rating, correct, chosen, source, attempt,
               prior_state, prior_step, prior_stability, prior_difficulty, prior_due, prior_last_review FROM review;
        DROP TABLE review;
        ALTER TABLE review_v2 RENAME TO review;
        \(reviewIndexes)
        \(reviewTriggers)

        CREATE TABLE confidence_tally (
            course TEXT NOT NULL,
            domain TEXT NOT NULL,
            confidence TEXT NOT NULL,
            correct INTEGER NOT NULL,
            answers INTEGER NOT NULL,
            PRIMARY KEY (course, domain, confidence, correct)
        ) WITHOUT ROWID;
        CREATE TRIGGER confidence_counted AFTER INSERT ON review WHEN NEW.confidence IS NOT NULL AND NEW.reask = 0 BEGIN
            INSERT INTO confidence_tally
            SELECT NEW.course, domain, NEW.confidence, NEW.correct, 1 FROM card WHERE course = NEW.course AND question = NEW.question
            ON CONFLICT (course, domain, confidence, correct) DO UPDATE SET answers = answers + 1;
        END;
        CREATE TRIGGER confidence_uncounted AFTER DELETE ON review WHEN OLD.confidence IS NOT NULL AND OLD.reask = 0 BEGIN
            UPDATE confidence_tally SET answers = answers - 1
            WHERE course = OLD.course AND confidence = OLD.confidence AND correct = OLD.correct
              AND domain = (SELECT domain FROM card WHERE course = OLD.course AND question = OLD.question);
        END;

        ALTER TABLE exam_question ADD COLUMN selection TEXT;
        ALTER TABLE exam_question ADD COLUMN response TEXT;
        ALTER TABLE exam_question ADD COLUMN confidence TEXT CHECK (confidence IN ('sure', 'unsure'));
        ALTER TABLE exam_question ADD COLUMN snapshot TEXT;

        CREATE TABLE setting (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        """

    /// Reviews of a template keep the variant asked (JSON: bindings, truth and
    /// each mistake's value) and the index of the named mistake a wrong answer
    /// matched; the partial index serves the most frequent mistakes in stats.
    static let version3 = """
        ALTER TABLE review ADD COLUMN variant TEXT;
        ALTER TABLE review ADD COLUMN mistake INTEGER CHECK (mistake >= 0);
        CREATE INDEX review_mistake ON review(course, question, mistake) WHERE mistake IS NOT NULL;
        """

    /// Issue 17: `lesson_progress.seen` holds the lines of a lesson that were on
    /// screen (`LineRanges` text), from which its read share is computed.
    static let version4 = """
        ALTER TABLE lesson_progress ADD COLUMN seen TEXT NOT NULL DEFAULT '';
        """

    /// The readiness forecast and the exam-date planner (issue 13).
    ///
    /// - `exam_attempt.forecast_pass` / `forecast_percent`: P(pass) and the
    ///   expected percent forecast for the attempt's own questions when it
    ///   started (NULL for attempts stored before, or whose course was unknown).
    /// - `exam_plan`: a course's exam date (`YYYY-MM-DD` in the learner's
    ///   calendar), daily minutes (NULL: no limit) and rest days (weekday
    ///   numbers, 1 = Sunday), with the cached projection of the plan
    ///   (`PlanProjection` as JSON) and the key it was computed for. Triggers bump
    ///   `revision` on every review added or removed, so a projection made
    ///   before a review is never taken for current.
    /// - `first_answer_tally`: per course and domain, the first answers to
    ///   questions (reviews from a never-reviewed card) and how many were right:
    ///   the forecast's prior for unseen questions, kept by triggers so that it
    ///   never scans the review log. Filled from the existing log here.
    static let readiness = """
        ALTER TABLE exam_attempt ADD COLUMN forecast_pass REAL;
        ALTER TABLE exam_attempt ADD COLUMN forecast_percent REAL;

        CREATE TABLE exam_plan (
            course TEXT PRIMARY KEY NOT NULL,
            exam_date TEXT NOT NULL,
            minutes_per_day INTEGER CHECK (minutes_per_day > 0),
            rest_days TEXT NOT NULL DEFAULT '',
            set_at INTEGER NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0,
            projection_key TEXT,
            projection TEXT
        ) WITHOUT ROWID;
        CREATE TRIGGER review_added_plan AFTER INSERT ON review BEGIN
            UPDATE exam_plan SET revision = revision + 1 WHERE course = NEW.course;
        END;
        CREATE TRIGGER review_removed_plan AFTER DELETE ON review BEGIN
            UPDATE exam_plan SET revision = revision + 1 WHERE course = OLD.course;
        END;

        CREATE TABLE first_answer_tally (
            course TEXT NOT NULL,
            domain TEXT NOT NULL,
            answers INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            PRIMARY KEY (course, domain)
        ) WITHOUT ROWID;
        INSERT INTO first_answer_tally (course, domain, answers, correct)
        SELECT r.course, c.domain, COUNT(*), SUM(r.correct) FROM review r
        JOIN card c ON c.course = r.course AND c.question = r.question
        WHERE r.prior_last_review IS NULL GROUP BY r.course, c.domain;
        CREATE TRIGGER review_first_answer_added AFTER INSERT ON review WHEN NEW.prior_last_review IS NULL BEGIN
            INSERT INTO first_answer_tally (course, domain, answers, correct)
            SELECT NEW.course, domain, 1, NEW.correct FROM card WHERE course = NEW.course AND question = NEW.question
            ON CONFLICT (course, domain) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct;
        END;
        CREATE TRIGGER review_first_answer_removed AFTER DELETE ON review WHEN OLD.prior_last_review IS NULL BEGIN
            UPDATE first_answer_tally SET answers = answers - 1, correct = correct - OLD.correct
            WHERE course = OLD.course
              AND domain = (SELECT domain FROM card WHERE course = OLD.course AND question = OLD.question);
        END;
        """
}
