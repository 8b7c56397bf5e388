import type { PlayerCapsule, PlayerData } from '../../shared/export/playerData';
import { formatDuration } from './scorm/formatScormTime';
import { interactionElements, type AnsweredQuestion } from './scorm/interactionRecord';
import type { LmsSession } from './scorm/lmsSession';
import { progressElements } from './scorm/progressElements';
import { suspendDataBudget } from './scorm/scormDialect';
import { objectiveId } from './scorm/scormIdentifiers';
import { courseProgress, type CourseProgress } from './state/courseProgress';
import { emptyResumeState, type ResumeState } from './state/resumeState';
import { neverLower, readStoredOutcome, type StoredOutcome } from './state/storedOutcome';
import { decodeSuspendData, encodeSuspendData } from './state/suspendDataCodec';

/** Names of the elements the two versions spell differently. */
const ELEMENTS = {
  '1.2': { location: 'cmi.core.lesson_location', entry: 'cmi.core.entry', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time', status: 'cmi.core.lesson_status' },
  '2004': { location: 'cmi.location', entry: 'cmi.entry', exit: 'cmi.exit', sessionTime: 'cmi.session_time', status: 'cmi.completion_status' },
} as const;

/**
 * Keeps the LMS in step with the learner: reads the resume state at start, writes status, score,
 * objectives, bookmark and suspend_data after every step, and closes the session once.
 * Only changed values are sent, so frequent saves stay cheap for the LMS.
 */
export class Tracker {
  private readonly written = new Map<string, string>();
  private readonly objectiveSlots = new Map<string, number>();
  private interactionCount = 0;
  private nextObjectiveSlot = 0;
  private readonly startedAt: number;
  private stored: StoredOutcome = { completion: 'not attempted', success: 'unknown', score: null };
  /** False once some answers had to be left out of suspend_data to fit the LMS's limit. */
  complete = true;

  constructor(
    private readonly data: PlayerData,
    private readonly capsules: readonly PlayerCapsule[],
    private readonly session: LmsSession,
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  /** Opens the session and returns where the learner was, or a fresh state. */
  open(): { state: ResumeState; resumed: boolean } {
    const dialect = this.session.dialect;
    if (!dialect || !this.session.initialize()) return { state: emptyResumeState(this.capsules.length), resumed: false };
    const names = ELEMENTS[dialect];
    this.interactionCount = Number(this.session.get('cmi.interactions._count')) || 0;
    const objectiveCount = Number(this.session.get('cmi.objectives._count')) || 0;
    for (let index = 0; index < objectiveCount; index += 1) this.objectiveSlots.set(this.session.get(`cmi.objectives.${index}.id`), index);
    this.nextObjectiveSlot = objectiveCount;
    // A 2004 LMS reports an error for reading elements never set; "ab-initio" says there are none.
    const firstLaunch = dialect === '2004' && this.session.get(names.entry) === 'ab-initio';
    if (!firstLaunch) this.stored = readStoredOutcome(dialect, (element) => this.session.get(element));
    const saved = firstLaunch ? '' : this.session.get('cmi.suspend_data');
    const state = saved ? decodeSuspendData(saved, this.capsules) : emptyResumeState(this.capsules.length);
    const bookmark = firstLaunch ? '' : this.session.get(names.location);
    const bookmarked = this.capsules.findIndex((capsule) => capsule.id === bookmark);
    if (bookmarked >= 0) state.location = bookmarked;
    const resumed = state.viewed.some(Boolean);
    const status = this.session.get(names.status);
    if (status === 'not attempted' || status === 'unknown' || status === '') this.write(names.status, 'incomplete');
    this.write(names.exit, 'suspend');
    return { state, resumed };
  }

  /** Appends one cmi.interactions record (a journal: retries add records, never overwrite). */
  recordAnswer(answered: AnsweredQuestion): void {
    const dialect = this.session.dialect;
    if (!dialect || !this.session.isOpen) return;
    for (const [element, value] of interactionElements(dialect, this.interactionCount, answered, this.data.language)) this.session.set(element, value);
    this.interactionCount += 1;
  }

  /** Writes everything derived from the state, then commits (called at each capsule and answer). */
  save(state: ResumeState): CourseProgress {
    const progress = neverLower(courseProgress(this.data, this.capsules, state), this.stored);
    const dialect = this.session.dialect;
    if (!dialect || !this.session.isOpen) return progress;
    const encoded = encodeSuspendData(state, this.capsules, this.data.scormVersion ? suspendDataBudget(this.data.scormVersion) : 4_096);
    this.complete = encoded.complete;
    this.write(ELEMENTS[dialect].location, this.capsules[state.location]?.id ?? '');
    this.write('cmi.suspend_data', encoded.text);
    for (const [element, value] of progressElements(dialect, progress, (id) => this.objectiveSlot(id))) this.write(element, value);
    this.session.commit();
    return progress;
  }

  /** Keeps the LMS session alive (some time out after ~30 minutes without a call). */
  keepAlive(): void {
    this.session.commit();
  }

  /** The page may never come back (tab closed, phone locked): record the time spent so far. */
  checkpoint(): void {
    const dialect = this.session.dialect;
    if (!dialect || !this.session.isOpen) return;
    this.session.set(ELEMENTS[dialect].sessionTime, formatDuration(dialect, this.now() - this.startedAt));
    this.session.commit();
  }

  finish(state: ResumeState): void {
    if (!this.session.isOpen) return;
    this.save(state);
    this.checkpoint();
    this.session.terminate();
  }

  private objectiveSlot(id: string): number {
    const scormId = objectiveId(this.session.dialect ?? '1.2', id);
    let slot = this.objectiveSlots.get(scormId);
    if (slot === undefined) {
      slot = this.nextObjectiveSlot++;
      this.objectiveSlots.set(scormId, slot);
    }
    return slot;
  }

  private write(element: string, value: string): void {
    if (this.written.get(element) === value) return;
    if (this.session.set(element, value)) this.written.set(element, value);
  }
}
