import type { Database } from 'better-sqlite3';
import type { AlignmentData } from '../../../shared/api/authoringCalls';
import type { CapsuleKind } from '../../../shared/model/course';
import { CourseRepository } from '../project/courseRepository';
import { preparedStatement } from '../project/preparedStatement';

type Row = Record<string, unknown>;

/** Objective ids linked to each owner (capsule or question), in link order. */
function linksByOwner(db: Database, table: 'capsule_objectives' | 'question_objectives', ownerColumn: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const rows = preparedStatement(db, `SELECT ${ownerColumn} AS owner, objective_id FROM ${table} ORDER BY owner, rank`).all() as Row[];
  for (const row of rows) {
    const owner = row.owner as string;
    links.set(owner, [...(links.get(owner) ?? []), row.objective_id as string]);
  }
  return links;
}

/**
 * The objectives and what teaches and assesses them, read without the capsule content or the answers
 * (parsing those is most of the cost of the whole course document on a large course).
 */
export function readAlignmentData(db: Database): AlignmentData {
  const repository = new CourseRepository(db);
  const capsuleLinks = linksByOwner(db, 'capsule_objectives', 'capsule_id');
  const questionLinks = linksByOwner(db, 'question_objectives', 'question_id');
  const capsules = preparedStatement(db, 'SELECT id, module_id, title, kind, position FROM capsules ORDER BY position, id').all() as Row[];
  const quizzes = preparedStatement(db, 'SELECT id, capsule_id FROM quizzes ORDER BY id').all() as Row[];
  const questions = preparedStatement(db, "SELECT id, quiz_id, json_extract(payload, '$.prompt') AS prompt, position FROM questions ORDER BY quiz_id, position, id").all() as Row[];
  return {
    objectives: repository.list('objectives'),
    modules: repository.modules(),
    capsules: capsules.map((row) => ({
      id: row.id as string,
      moduleId: row.module_id as string,
      title: row.title as string,
      kind: row.kind as CapsuleKind,
      position: row.position as string,
      objectiveIds: capsuleLinks.get(row.id as string) ?? [],
    })),
    quizzes: quizzes.map((row) => ({ id: row.id as string, capsuleId: row.capsule_id as string })),
    questions: questions.map((row) => ({
      id: row.id as string,
      quizId: row.quiz_id as string,
      prompt: typeof row.prompt === 'string' ? row.prompt : '',
      position: row.position as string,
      objectiveIds: questionLinks.get(row.id as string) ?? [],
    })),
  };
}
