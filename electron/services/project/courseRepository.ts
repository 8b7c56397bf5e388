import type { Database } from 'better-sqlite3';
import { appError } from '../../../shared/api/appError';
import type { Capsule, Course, Module, Question } from '../../../shared/model/course';
import type { RichTextDoc } from '../../../shared/model/richText';
import { answeredQuestionCount } from '../../../shared/quiz/answeredQuestions';
import { type ItemKind, notFound } from '../notFound';
import { courseRows } from './courseRows';
import { preparedStatement } from './preparedStatement';
import { safeJson, type Row, type RowCodec } from './rowCodec';
import type { RowReuse } from './rowReuse';

/** A capsule as the outline needs it. */
export type OutlineCapsule = Pick<Capsule, 'id' | 'moduleId' | 'title' | 'kind' | 'content' | 'minutesOverride' | 'weekOverride'>;

type LinkTable = 'capsule_objectives' | 'question_objectives';
const OWNER_COLUMN: Record<LinkTable, string> = { capsule_objectives: 'capsule_id', question_objectives: 'question_id' };

const ORDER = {
  objectives: 'SELECT * FROM objectives ORDER BY module_id IS NOT NULL, position, id',
  modules: 'SELECT * FROM modules ORDER BY position, id',
  capsules:
    'SELECT capsules.* FROM capsules JOIN modules ON modules.id = capsules.module_id ORDER BY modules.position, modules.id, capsules.position, capsules.id',
  capsuleOutline:
    'SELECT capsules.id, capsules.module_id, capsules.title, capsules.kind, capsules.content, capsules.minutes_override, capsules.week_override FROM capsules JOIN modules ON modules.id = capsules.module_id ORDER BY modules.position, modules.id, capsules.position, capsules.id',
  quizzes: 'SELECT * FROM quizzes ORDER BY id',
  questions: 'SELECT * FROM questions ORDER BY quiz_id, position, id',
  mediaAssets: 'SELECT * FROM media_assets ORDER BY created_at, id',
  cohorts: 'SELECT * FROM cohorts ORDER BY start_date, id',
  liveSessions: 'SELECT * FROM live_sessions ORDER BY week, day_offset, start_time, id',
  weekPlans: 'SELECT * FROM week_plans ORDER BY week',
};

/**
 * Reads and writes course rows on one connection, objective links included. Other domains
 * (pacing, authoring) use it inside `project.transaction` or write their own SQL on the same tables.
 */
export class CourseRepository {
  /** reuse: rows decoded by an earlier read, handed back when unchanged (see RowReuse). */
  constructor(
    readonly db: Database,
    private readonly reuse?: RowReuse,
  ) {}

  course(): Course {
    const row = this.get('SELECT * FROM courses');
    if (!row) throw appError('corrupt-project', 'courseRowMissing');
    return this.decode(courseRows.course, row);
  }

  modules(): Module[] {
    return this.all(ORDER.modules).map((row) => this.decode(courseRows.modules, row));
  }

  module(id: string): Module {
    return courseRows.modules.fromRow(this.require('SELECT * FROM modules WHERE id = ?', id, 'module'));
  }

  /** Every capsule, in outline order, or those of one module. */
  capsules(moduleId?: string): Capsule[] {
    const links = this.linksOf('capsule_objectives');
    const rows =
      moduleId === undefined
        ? this.each(ORDER.capsules)
        : this.each('SELECT * FROM capsules WHERE module_id = ? ORDER BY position, id', moduleId);
    return Array.from(rows, (row) => this.decode(courseRows.capsules, row, { objectiveIds: links.get(row.id as string) ?? [] }));
  }

  /** The capsules with these ids (any order), with their objective links. */
  capsulesWithIds(ids: readonly string[]): Capsule[] {
    const json = JSON.stringify(ids);
    const rows = this.all('SELECT * FROM capsules WHERE id IN (SELECT value FROM json_each(?))', json);
    const links = new Map<string, string[]>();
    for (const row of this.all('SELECT capsule_id AS owner, objective_id FROM capsule_objectives WHERE capsule_id IN (SELECT value FROM json_each(?)) ORDER BY owner, rank', json)) {
      links.set(row.owner as string, [...(links.get(row.owner as string) ?? []), row.objective_id as string]);
    }
    return rows.map((row) => this.decode(courseRows.capsules, row, { objectiveIds: links.get(row.id as string) ?? [] }));
  }

  /**
   * What the outline shows of every capsule, in outline order. The content JSON is parsed but not
   * re-validated (it was when saved): validation was ~80 % of the outline's load on large courses.
   */
  capsuleOutlineEntries(): OutlineCapsule[] {
    return this.all(ORDER.capsuleOutline).map((row) => {
      const content = safeJson(row.content as string) as RichTextDoc | undefined;
      if (content?.type !== 'doc') throw appError('corrupt-project', 'capsuleContentDamaged', { id: String(row.id) });
      return {
        id: row.id as string,
        moduleId: row.module_id as string,
        title: row.title as string,
        kind: row.kind as Capsule['kind'],
        content,
        minutesOverride: row.minutes_override as number | null,
        weekOverride: row.week_override as number | null,
      };
    });
  }

  /** Ids and positions of a module's capsules, in order (enough to place one among them). */
  capsulePositions(moduleId: string): { id: string; position: string }[] {
    return this.all('SELECT id, position FROM capsules WHERE module_id = ? ORDER BY position, id', moduleId) as { id: string; position: string }[];
  }

  capsule(id: string): Capsule {
    const row = this.require('SELECT * FROM capsules WHERE id = ?', id, 'capsule');
    return courseRows.capsules.fromRow(row, { objectiveIds: this.linkedObjectives('capsule_objectives', id) });
  }

  insertCapsule(capsule: Capsule): void {
    courseRows.capsules.insert(this.db, capsule);
    this.setObjectiveLinks('capsule_objectives', capsule.id, capsule.objectiveIds);
  }

  updateCapsule(capsule: Capsule): void {
    courseRows.capsules.update(this.db, capsule);
    this.setObjectiveLinks('capsule_objectives', capsule.id, capsule.objectiveIds);
  }

  questions(): Question[] {
    const links = this.linksOf('question_objectives');
    return Array.from(this.each(ORDER.questions), (row) => this.decode(courseRows.questions, row, { objectiveIds: links.get(row.id as string) ?? [] }));
  }

  question(id: string): Question {
    const row = this.require('SELECT * FROM questions WHERE id = ?', id, 'question');
    return courseRows.questions.fromRow(row, { objectiveIds: this.linkedObjectives('question_objectives', id) });
  }

  insertQuestion(question: Question): void {
    courseRows.questions.insert(this.db, question);
    this.setObjectiveLinks('question_objectives', question.id, question.objectiveIds);
  }

  updateQuestion(question: Question): void {
    courseRows.questions.update(this.db, question);
    this.setObjectiveLinks('question_objectives', question.id, question.objectiveIds);
  }

  /** Questions a learner answers per capsule, through its quizzes (for duration estimates). */
  questionCountsByCapsule(): Map<string, number> {
    const rows = this.all(
      'SELECT quizzes.capsule_id AS capsule_id, quizzes.draw_count AS draw_count, COUNT(questions.id) AS count FROM quizzes LEFT JOIN questions ON questions.quiz_id = quizzes.id GROUP BY quizzes.id',
    );
    const counts = new Map<string, number>();
    for (const row of rows) {
      const answered = answeredQuestionCount({ drawCount: (row.draw_count as number | null) ?? null }, row.count as number);
      counts.set(row.capsule_id as string, (counts.get(row.capsule_id as string) ?? 0) + answered);
    }
    return counts;
  }

  /** All rows of a table whose fields map one-to-one to columns, in a stable order. */
  list<K extends 'objectives' | 'quizzes' | 'mediaAssets' | 'cohorts' | 'liveSessions' | 'weekPlans'>(
    table: K,
  ): ReturnType<(typeof courseRows)[K]['fromRow']>[] {
    const codec = courseRows[table] as RowCodec<unknown>;
    return this.all(ORDER[table]).map((row) => this.decode(codec, row)) as ReturnType<(typeof courseRows)[K]['fromRow']>[];
  }

  private decode<T>(codec: RowCodec<T>, row: Row, extra?: Partial<T>): T {
    return this.reuse ? this.reuse.decode(codec, row, extra) : codec.fromRow(row, extra);
  }

  /** Replaces an owner's objective links; unknown objective ids are refused with the id named. */
  setObjectiveLinks(table: LinkTable, ownerId: string, objectiveIds: readonly string[]): void {
    const owner = OWNER_COLUMN[table];
    preparedStatement(this.db, `DELETE FROM ${table} WHERE ${owner} = ?`).run(ownerId);
    const exists = preparedStatement(this.db, 'SELECT 1 FROM objectives WHERE id = ?');
    const insert = preparedStatement(this.db, `INSERT INTO ${table} (${owner}, objective_id, rank) VALUES (?, ?, ?)`);
    [...new Set(objectiveIds)].forEach((objectiveId, rank) => {
      if (!exists.get(objectiveId)) throw appError('not-found', 'notFoundObjective', { id: objectiveId });
      insert.run(ownerId, objectiveId, rank);
    });
  }

  private linkedObjectives(table: LinkTable, ownerId: string): string[] {
    return preparedStatement(this.db, `SELECT objective_id FROM ${table} WHERE ${OWNER_COLUMN[table]} = ? ORDER BY rank`)
      .pluck()
      .all(ownerId) as string[];
  }

  private linksOf(table: LinkTable): Map<string, string[]> {
    const links = new Map<string, string[]>();
    for (const row of this.all(`SELECT ${OWNER_COLUMN[table]} AS owner, objective_id FROM ${table} ORDER BY owner, rank`)) {
      const ids = links.get(row.owner as string) ?? [];
      ids.push(row.objective_id as string);
      links.set(row.owner as string, ids);
    }
    return links;
  }

  private require(sql: string, id: string, what: ItemKind): Row {
    const row = this.get(sql, id);
    if (!row) throw notFound(what, id);
    return row;
  }

  private get(sql: string, ...params: unknown[]): Row | undefined {
    return preparedStatement(this.db, sql).get(...params) as Row | undefined;
  }

  /** Rows one at a time: each large row (capsule content, question payload) is garbage as soon as decoded, not kept until the last is. */
  private each(sql: string, ...params: unknown[]): IterableIterator<Row> {
    return preparedStatement(this.db, sql).iterate(...params) as IterableIterator<Row>;
  }

  private all(sql: string, ...params: unknown[]): Row[] {
    return preparedStatement(this.db, sql).all(...params) as Row[];
  }
}
