import BetterSqlite3 from 'better-sqlite3';
import type { CourseDocument } from '../../shared/model/courseDocument';
import { mediaUsersOf } from '../services/media/damagedMediaError';
import { storedMediaHashes, verifyMediaContent } from '../services/media/verifyMediaContent';

/** Every stored media content checked against its SHA-256; one line per damaged one, naming who uses it. */
export async function damagedMediaProblems(filePath: string, document: CourseDocument): Promise<string[]> {
  const db = new BetterSqlite3(filePath, { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    for (const sha256 of storedMediaHashes(db)) {
      if (await verifyMediaContent(db, sha256)) continue;
      const { names, capsules } = mediaUsersOf(document, sha256);
      const usedIn = capsules.length > 0 ? `used in ${capsules.map((title) => `"${title}"`).join(', ')}` : 'used in no capsule';
      problems.push(`media "${names.join('", "')}" (${usedIn}) is damaged: its bytes no longer match its SHA-256. Re-import it from its original.`);
    }
    return problems;
  } finally {
    db.close();
  }
}
