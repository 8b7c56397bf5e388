import type { Database } from 'better-sqlite3';
import { CourseDocumentSchema, type CourseDocument } from '../../../shared/model/courseDocument';
import {
  ModuleSignoffSchema,
  ReviewCommentSchema,
  ReviewRoundSchema,
  type ModuleSignoff,
  type ReviewComment,
  type ReviewRound,
} from '../../../shared/model/review';
import { notFound } from '../notFound';
import { preparedStatement } from '../project/preparedStatement';

interface RoundRow {
  id: string;
  number: number;
  name: string;
  deadline: string | null;
  module_ids: string | null;
  show_answers: number;
  language: string;
  state: string;
  created_at: string;
}

interface CommentRow {
  id: string;
  round_id: string;
  reviewer: string;
  anchor: string;
  module_id: string | null;
  text: string;
  created_at: string;
  status: string;
  reply: string;
  replied_at: string | null;
}

const ROUND_COLUMNS = 'id, number, name, deadline, module_ids, show_answers, language, state, created_at';

const roundOf = (row: RoundRow): ReviewRound =>
  ReviewRoundSchema.parse({
    id: row.id,
    number: row.number,
    name: row.name,
    deadline: row.deadline,
    moduleIds: row.module_ids === null ? null : JSON.parse(row.module_ids),
    showAnswers: row.show_answers === 1,
    language: row.language,
    state: row.state,
    createdAt: row.created_at,
  });

const commentOf = (row: CommentRow): ReviewComment =>
  ReviewCommentSchema.parse({
    id: row.id,
    roundId: row.round_id,
    reviewer: row.reviewer,
    anchor: JSON.parse(row.anchor),
    moduleId: row.module_id,
    text: row.text,
    createdAt: row.created_at,
    status: row.status,
    reply: row.reply,
    repliedAt: row.replied_at,
  });

/** Rows of the review tables, as model values (validated on the way out). */
export class ReviewStore {
  constructor(readonly db: Database) {}

  rounds(): ReviewRound[] {
    return (preparedStatement(this.db, `SELECT ${ROUND_COLUMNS} FROM review_rounds ORDER BY number`).all() as RoundRow[]).map(roundOf);
  }

  round(id: string): ReviewRound {
    const row = preparedStatement(this.db, `SELECT ${ROUND_COLUMNS} FROM review_rounds WHERE id = ?`).get(id) as RoundRow | undefined;
    if (!row) throw notFound('review round', id);
    return roundOf(row);
  }

  snapshot(roundId: string): CourseDocument {
    const text = preparedStatement(this.db, 'SELECT snapshot FROM review_rounds WHERE id = ?').pluck().get(roundId) as string | undefined;
    if (text === undefined) throw notFound('review round', roundId);
    return CourseDocumentSchema.parse(JSON.parse(text));
  }

  insertRound(round: ReviewRound, snapshot: CourseDocument): void {
    preparedStatement(
      this.db,
      `INSERT INTO review_rounds (${ROUND_COLUMNS}, snapshot) VALUES (@id, @number, @name, @deadline, @moduleIds, @showAnswers, @language, @state, @createdAt, @snapshot)`,
    ).run({ ...round, moduleIds: round.moduleIds === null ? null : JSON.stringify(round.moduleIds), showAnswers: round.showAnswers ? 1 : 0, snapshot: JSON.stringify(snapshot) });
  }

  updateRound(round: ReviewRound): void {
    preparedStatement(this.db, 'UPDATE review_rounds SET name = @name, deadline = @deadline, state = @state WHERE id = @id').run({ id: round.id, name: round.name, deadline: round.deadline, state: round.state });
  }

  comments(): ReviewComment[] {
    return (preparedStatement(this.db, 'SELECT * FROM review_comments ORDER BY created_at, id').all() as CommentRow[]).map(commentOf);
  }

  comment(id: string): ReviewComment | null {
    const row = preparedStatement(this.db, 'SELECT * FROM review_comments WHERE id = ?').get(id) as CommentRow | undefined;
    return row ? commentOf(row) : null;
  }

  saveComment(comment: ReviewComment): void {
    preparedStatement(
      this.db,
      `INSERT INTO review_comments (id, round_id, reviewer, anchor, module_id, text, created_at, status, reply, replied_at)
       VALUES (@id, @roundId, @reviewer, @anchor, @moduleId, @text, @createdAt, @status, @reply, @repliedAt)
       ON CONFLICT (id) DO UPDATE SET text = excluded.text, status = excluded.status, reply = excluded.reply, replied_at = excluded.replied_at`,
    ).run({ ...comment, anchor: JSON.stringify(comment.anchor) });
  }

  signoffs(): ModuleSignoff[] {
    const rows = preparedStatement(this.db, 'SELECT round_id, module_id, reviewer, decision, decided_at FROM review_signoffs ORDER BY round_id, module_id, reviewer').all() as {
      round_id: string;
      module_id: string;
      reviewer: string;
      decision: string;
      decided_at: string;
    }[];
    return rows.map((row) => ModuleSignoffSchema.parse({ roundId: row.round_id, moduleId: row.module_id, reviewer: row.reviewer, decision: row.decision, decidedAt: row.decided_at }));
  }

  /** Saves a sign-off; false when it was already there as it is. */
  saveSignoff(signoff: ModuleSignoff): boolean {
    const result = preparedStatement(
      this.db,
      `INSERT INTO review_signoffs (round_id, module_id, reviewer, decision, decided_at) VALUES (@roundId, @moduleId, @reviewer, @decision, @decidedAt)
       ON CONFLICT (round_id, module_id, reviewer) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at
       WHERE decision IS NOT excluded.decision OR decided_at IS NOT excluded.decided_at`,
    ).run(signoff);
    return result.changes > 0;
  }
}
