// After an edit, the course document is read again reusing what did not change (tables no write
// touched, rows that read the same): it must always equal a full read, and keep unchanged parts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CourseRepository } from '../../../../electron/services/project/courseRepository';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { buildTemplate } from '../../../../electron/services/project/courseTemplates';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { readCourseDocument } from '../../../../electron/services/project/readCourseDocument';
import { newId } from '../../../../shared/model/ids';

let dir: string;
let project: ProjectFile;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-reuse-'));
  const content = buildTemplate('four-weekly-modules', 'Managers', 'fr');
  const created = await ProjectFile.create(path.join(dir, 'course.spoc'), (made) =>
    made.transaction((db) => {
      courseRows.course.insert(db, content.course);
      for (const module of content.modules) courseRows.modules.insert(db, module);
      for (const capsule of content.capsules) new CourseRepository(db).insertCapsule(capsule);
    }),
  );
  created.close();
  project = ProjectFile.open(path.join(dir, 'course.spoc'));
});

afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The kept document, checked against a full read of the file. */
function documentMatchingFile() {
  const document = project.courseDocument();
  expect(document).toEqual(readCourseDocument(project.db));
  return document;
}

describe('course document re-read after an edit', () => {
  it('keeps the lists and rows an edit did not change, and reads the changed ones', () => {
    const first = documentMatchingFile();
    const [moduleA] = first.modules;
    project.transaction((db) => db.prepare('UPDATE modules SET title = ? WHERE id = ?').run('Renamed', moduleA!.id));
    const renamed = documentMatchingFile();
    expect(renamed.modules[0]!.title).toBe('Renamed');
    // Renaming a module leaves the capsules and their order: the same list, whose checks are kept.
    expect(renamed.capsules).toBe(first.capsules);
    expect(renamed.modules[1]).toBe(first.modules[1]);

    const edited = renamed.capsules[1]!;
    project.transaction((db) => new CourseRepository(db).updateCapsule({ ...edited, title: 'Edited capsule' }));
    const afterCapsule = documentMatchingFile();
    expect(afterCapsule.capsules[1]!.title).toBe('Edited capsule');
    expect(afterCapsule.capsules[0]).toBe(renamed.capsules[0]);
    expect(afterCapsule.capsules[2]).toBe(renamed.capsules[2]);
  });

  it('reads only the capsules updated since the last read (an autosave), and the whole list when capsules were added, deleted or moved', () => {
    /** The kept document re-read, and how many times the whole capsule list was read for it. */
    const keptRead = () => {
      const wholeReads = vi.spyOn(CourseRepository.prototype, 'capsules');
      try {
        project.courseDocument();
        return wholeReads.mock.calls.length;
      } finally {
        wholeReads.mockRestore();
      }
    };
    // A first re-read, so what follows is read as changes of this connection's (not a first read).
    project.transaction((db) => db.prepare('UPDATE modules SET title = ? WHERE id = ?').run('Renamed', project.courseDocument().modules[0]!.id));
    const first = documentMatchingFile();
    // As saveCapsuleContent writes: the capsule's row alone (its links stay).
    const save = (index: number, title: string) => project.transaction((db) => courseRows.capsules.update(db, { ...first.capsules[index]!, title }));

    save(1, 'Saved once');
    save(1, 'Saved twice');
    save(3, 'Another capsule');
    expect(keptRead()).toBe(0);
    const updated = documentMatchingFile();
    expect(updated.capsules.map((capsule) => capsule.title)).toEqual(first.capsules.map((capsule, index) => (index === 1 ? 'Saved twice' : index === 3 ? 'Another capsule' : capsule.title)));
    expect(updated.capsules[0]).toBe(first.capsules[0]);
    expect(updated.capsules[2]).toBe(first.capsules[2]);

    // Moved within its module: the outline order changes, so the list is read whole.
    const [moved, next] = [updated.capsules[0]!, updated.capsules[1]!];
    project.transaction((db) => db.prepare('UPDATE capsules SET position = ? WHERE id = ?').run(`${next.position}m`, moved.id));
    expect(keptRead()).toBe(1);
    expect(documentMatchingFile().capsules[1]!.id).toBe(moved.id);

    // An update and a deletion together: read whole.
    const doomed = first.capsules.at(-1)!;
    save(2, 'Before a deletion');
    project.transaction((db) => db.prepare('DELETE FROM capsules WHERE id = ?').run(doomed.id));
    expect(keptRead()).toBe(1);
    expect(documentMatchingFile().capsules.some((capsule) => capsule.id === doomed.id)).toBe(false);

    // After all that, an update alone is read alone again, the other rows still reused.
    const before = project.courseDocument();
    project.transaction((db) => courseRows.capsules.update(db, { ...before.capsules[0]!, title: 'Last save' }));
    expect(keptRead()).toBe(0);
    const last = documentMatchingFile();
    expect(last.capsules[0]!.title).toBe('Last save');
    expect(last.capsules[1]).toBe(before.capsules[1]);
  });

  it('follows a change of the modules’ order into the capsules’ outline order', () => {
    const first = documentMatchingFile();
    const [moduleA, moduleB] = first.modules;
    // A first re-read, so the swap below is read as a change of this connection's (not a first read).
    project.transaction((db) => db.prepare('UPDATE modules SET title = ? WHERE id = ?').run('Renamed', moduleA!.id));
    documentMatchingFile();
    project.transaction((db) => {
      db.prepare('UPDATE modules SET position = ? WHERE id = ?').run(moduleB!.position, moduleA!.id);
      db.prepare('UPDATE modules SET position = ? WHERE id = ?').run(moduleA!.position, moduleB!.id);
    });
    const swapped = documentMatchingFile();
    expect(swapped.capsules[0]!.moduleId).toBe(moduleB!.id);
  });

  it('follows links removed by a cascade, and changes rolled back after a read inside them', () => {
    const first = documentMatchingFile();
    const objectiveId = newId();
    const capsule = first.capsules[0]!;
    project.transaction((db) => {
      courseRows.objectives.insert(db, { id: objectiveId, moduleId: null, code: 'O1', text: 'Lead a meeting', bloomLevel: null, position: 'a0' });
      new CourseRepository(db).setObjectiveLinks('capsule_objectives', capsule.id, [objectiveId]);
    });
    expect(documentMatchingFile().capsules[0]!.objectiveIds).toEqual([objectiveId]);
    project.transaction((db) => db.prepare('DELETE FROM objectives WHERE id = ?').run(objectiveId));
    expect(documentMatchingFile().capsules[0]!.objectiveIds).toEqual([]);

    // A read inside a transaction that is then rolled back, then another change of the same table.
    expect(() =>
      project.transaction((db) => {
        db.prepare('UPDATE capsules SET title = ? WHERE id = ?').run('Never saved', capsule.id);
        expect(project.courseDocument().capsules[0]!.title).toBe('Never saved');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    project.transaction((db) => db.prepare('UPDATE capsules SET title = ? WHERE id = ?').run('Saved', first.capsules[1]!.id));
    const after = documentMatchingFile();
    expect(after.capsules[0]!.title).toBe(capsule.title);
    expect(after.capsules[1]!.title).toBe('Saved');
  });
});
