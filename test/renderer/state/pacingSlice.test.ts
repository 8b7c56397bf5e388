import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computePacingBoard } from '../../../shared/pacing/computePacingBoard';
import { createAppStore, type AppStore } from '../../../renderer/state/appStore';
import { createTestServices } from '../../electron/services/serviceHarness';

let harness: ReturnType<typeof createTestServices>;
let store: AppStore;

beforeEach(async () => {
  harness = createTestServices();
  store = createAppStore(harness.api);
  await store.getState().createProject({ title: 'OPTIMANAGER', language: 'fr', template: 'four-weekly-modules' });
  await store.getState().loadCourseDocument();
});
afterEach(() => harness.cleanup());

const board = () => computePacingBoard(store.getState().courseDocument!);
const outlineWeekOf = (capsuleId: string) =>
  store.getState().outline?.modules.flatMap((module) => module.capsules).find((capsule) => capsule.id === capsuleId)?.week;

describe('pacing slice on the real services', () => {
  it('moves a capsule to another week, then shows the saved board and outline', async () => {
    const capsule = board().weeks[0]!.capsules[0]!;
    const statuses: string[] = [];
    store.subscribe((state, previous) => state.saveStatus !== previous.saveStatus && statuses.push(state.saveStatus));

    expect(await store.getState().moveCapsuleToWeek(capsule.id, 3)).toBe(true);

    expect(statuses).toEqual(['saving', 'saved']);
    expect(board().weeks[2]!.capsules.map((item) => item.id)).toContain(capsule.id);
    expect(board().weeks[0]!.capsules.map((item) => item.id)).not.toContain(capsule.id);
    expect(outlineWeekOf(capsule.id)).toBe(3);

    expect(await store.getState().moveCapsuleToWeek(capsule.id, null)).toBe(true);
    expect(board().weeks[0]!.capsules.map((item) => item.id)).toContain(capsule.id);
    expect(outlineWeekOf(capsule.id)).toBe(1);
  });

  it('shows why a move was refused and leaves the board as saved', async () => {
    const before = store.getState().courseDocument;
    expect(await store.getState().moveCapsuleToWeek('01900000-0000-7000-8000-000000000000', 2)).toBe(false);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().error?.code).toBe('not-found');
    expect(store.getState().courseDocument).toEqual(before);
  });

  it('plans a week: theme, due day and notes are kept together', async () => {
    await store.getState().updateWeekPlan(2, { theme: 'Communiquer' });
    await store.getState().updateWeekPlan(2, { dueDayOffset: 3, tutorNotes: 'Relancer les absents' });
    expect(board().weeks[1]!.plan).toEqual({ week: 2, theme: 'Communiquer', dueDayOffset: 3, tutorNotes: 'Relancer les absents', tutorMinutes: null });
  });

  it('adds, edits and deletes a live session, counting it in its week’s workload', async () => {
    const before = board().weeks[1]!.minutes;
    const id = await store.getState().addLiveSession(2, 'coaching');
    expect(id).toBeDefined();
    expect(board().weeks[1]!.liveSessions.map((session) => [session.id, session.kind, session.capacity])).toEqual([[id, 'coaching', 1]]);
    expect(board().weeks[1]!.minutes).toBe(before + 30);

    expect(await store.getState().updateLiveSession(id!, { durationMinutes: 45, week: 3 })).toBe(true);
    expect(board().weeks[1]!.minutes).toBe(before);
    expect(board().weeks[2]!.liveSessions[0]!.durationMinutes).toBe(45);

    store.getState().select({ kind: 'live-session', id: id! });
    expect(await store.getState().deleteLiveSession(id!)).toBe(true);
    expect(store.getState().courseDocument!.liveSessions).toEqual([]);
    expect(store.getState().selection).toBeNull();
  });

  it('adds a cohort, refuses an unknown time zone with a clear message, and deletes it', async () => {
    const id = await store.getState().addCohort();
    expect(store.getState().courseDocument!.cohorts.map((cohort) => cohort.id)).toEqual([id]);

    expect(await store.getState().updateCohort(id!, { timeZone: 'Europe/Pariss' })).toBe(false);
    expect(store.getState().error?.message).toContain('Unknown time zone "Europe/Pariss"');
    expect(store.getState().courseDocument!.cohorts[0]!.timeZone).toBe('Europe/Paris');

    expect(await store.getState().updateCohort(id!, { holidays: ['2027-04-05', '2027-03-29'], learnerCount: 12 })).toBe(true);
    expect(store.getState().courseDocument!.cohorts[0]).toMatchObject({ holidays: ['2027-03-29', '2027-04-05'], learnerCount: 12 });

    store.getState().select({ kind: 'cohort', id: id! });
    expect(await store.getState().deleteCohort(id!)).toBe(true);
    expect(store.getState().courseDocument!.cohorts).toEqual([]);
    expect(store.getState().selection).toBeNull();
  });

  it('exports a cohort’s calendar and programme as files', async () => {
    const id = (await store.getState().addCohort())!;
    const calendar = await store.getState().exportCohortFile(id, 'calendar');
    const programme = await store.getState().exportCohortFile(id, 'programme');
    expect(calendar?.fileName).toMatch(/\.ics$/);
    expect(programme?.fileName).toMatch(/\.html$/);
    expect(readFileSync(calendar!.path, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    expect(existsSync(programme!.path)).toBe(true);
  });

  it('forgets the course document when the project is closed', async () => {
    await store.getState().closeProject();
    expect(store.getState().courseDocument).toBeNull();
    expect(store.getState().checkReport).toBeNull();
  });
});

describe('keeping the board current', () => {
  const countDocumentReads = () => {
    let reads = 0;
    const api = new Proxy(harness.api, {
      get(target, method: string) {
        if (method === 'getCourseDocument') reads += 1;
        return target[method as keyof typeof target];
      },
    });
    return { api, reads: () => reads };
  };

  it('rereads the course after a change saved elsewhere, such as a capsule renamed in the outline', async () => {
    const capsule = board().weeks[0]!.capsules[0]!;
    await store.getState().updateCapsule(capsule.id, { title: 'Renommée dans le plan' });
    expect(board().weeks[0]!.capsules[0]!.title).toBe(capsule.title);
    await store.getState().refreshCourseDocument();
    expect(board().weeks[0]!.capsules[0]!.title).toBe('Renommée dans le plan');
  });

  it('reads the course once per edit of its own, even when asked to refresh meanwhile', async () => {
    const counted = countDocumentReads();
    const countedStore = createAppStore(counted.api);
    await countedStore.getState().loadSession();
    await countedStore.getState().loadCourseDocument();
    const before = counted.reads();
    countedStore.subscribe((state, previous) => {
      if (previous.pendingSaves > 0 && state.pendingSaves === 0) void countedStore.getState().refreshCourseDocument();
    });
    await countedStore.getState().updateWeekPlan(1, { theme: 'Prendre sa place' });
    expect(counted.reads() - before).toBe(1);
    expect(countedStore.getState().courseDocument!.weeks[0]!.theme).toBe('Prendre sa place');
  });

  it('does not read a course nobody has shown yet', async () => {
    const counted = countDocumentReads();
    const freshStore = createAppStore(counted.api);
    await freshStore.getState().loadSession();
    await freshStore.getState().refreshCourseDocument();
    expect(counted.reads()).toBe(0);
    expect(freshStore.getState().courseDocument).toBeNull();
  });
});

describe('moving a module on the board', () => {
  it('opens it another week with its capsules, except one moved on its own', async () => {
    const [first, second] = board().weeks;
    const module = first!.modules[0]!;
    const ownWeekCapsule = first!.capsules[0]!;
    await store.getState().moveCapsuleToWeek(ownWeekCapsule.id, 4);

    expect(await store.getState().moveModuleToWeek(module.id, 2)).toBe(true);

    expect(board().weeks[1]!.modules.map((item) => item.id).sort()).toEqual([...second!.modules.map((item) => item.id), module.id].sort());
    expect(board().weeks[0]!.modules).toEqual([]);
    const followed = first!.capsules.filter((capsule) => capsule.id !== ownWeekCapsule.id).map((capsule) => capsule.id);
    expect(board().weeks[1]!.capsules.map((capsule) => capsule.id)).toEqual(expect.arrayContaining(followed));
    expect(board().weeks[3]!.capsules.map((capsule) => capsule.id)).toContain(ownWeekCapsule.id);
    expect(store.getState().outline?.modules.find((item) => item.id === module.id)?.week).toBe(2);
  });
});
