import type { PlayerCapsule, PlayerData } from '../../shared/export/playerData';
import { formatDuration } from './scorm/formatScormTime';
import { choiceInteractionElements, interactionElements, type AnsweredQuestion, type MadeChoice } from './scorm/interactionRecord';
import type { LmsSession } from './scorm/lmsSession';
import { progressElements } from './scorm/progressElements';
import { interactionId, objectiveId, scenarioInteractionId } from './scorm/scormIdentifiers';
import { courseProgress, type CourseProgress } from './state/courseProgress';
import { emptyResumeState, type ResumeState } from '../../shared/export/resumeState';
import { neverLower, nothingStored, readStoredOutcome, type StoredOutcome } from './state/storedOutcome';
import { decodeSuspendData, encodeSuspendData, suspendDataLimit } from '../../shared/export/suspendDataCodec';

/** Names of the elements the two versions spell differently. */
const ELEMENTS = {
  '1.2': { location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time', status: 'cmi.core.lesson_status' },
  '2004': { location: 'cmi.location', exit: 'cmi.exit', sessionTime: 'cmi.session_time', status: 'cmi.completion_status' },
} as const;

/**
 * What the learner must know of the LMS: `saved` (or no LMS, in preview), `refused` (a write or
 * commit failed; retrying), `not-opened` (Initialize failed: nothing is recorded) or `ended` (the
 * page came back from the browser's history after its session closed).
 */
export type LmsHealth = 'saved' | 'refused' | 'not-opened' | 'ended';

/** The 2004 navigation requests the player offers as buttons. */
export type NavigationRequest = 'continue' | 'previous' | 'exitAll';

// Retries of a refused save, then the notice stays until the next save succeeds.
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

/**
 * Keeps the LMS in step with the learner: reads the resume state at start, writes status, score,
 * objectives, bookmark and suspend_data after every step, and closes the session once.
 * Only changed values are sent, so frequent saves stay cheap for the LMS.
 */
export class Tracker {
  private readonly written = new Map<string, string>();
  private readonly objectiveSlots = new Map<string, number>();
  private interactionCount = 0;
  private readonly interactionSlots = new Map<string, number>();
  private nextObjectiveSlot = 0;
  private readonly startedAt: number;
  private stored: StoredOutcome = { completion: 'not attempted', success: 'unknown', score: null };
  private lastState: ResumeState | null = null;
  private retries = 0;
  private retryPending = false;
  /** False once some answers had to be left out of suspend_data to fit the LMS's limit. */
  complete = true;
  health: LmsHealth = 'saved';
  onHealth: (health: LmsHealth) => void = () => {};

  constructor(
    private readonly data: PlayerData,
    private readonly capsules: readonly PlayerCapsule[],
    private readonly session: LmsSession,
    private readonly now: () => number = Date.now,
    private readonly schedule: (run: () => void, delayMs: number) => void = (run, delayMs) => void globalThis.setTimeout(run, delayMs),
  ) {
    this.startedAt = now();
  }

  /** Opens the session and returns where the learner was, or a fresh state. */
  open(): { state: ResumeState; resumed: boolean } {
    const dialect = this.session.dialect;
    if (!dialect) return { state: emptyResumeState(this.capsules.length), resumed: false };
    if (!this.session.initialize()) {
      this.setHealth('not-opened');
      return { state: emptyResumeState(this.capsules.length), resumed: false };
    }
    const names = ELEMENTS[dialect];
    this.interactionCount = Number(this.session.get('cmi.interactions._count')) || 0;
    // 2004 lets us read the ids back (1.2 does not): a record with the same id is rewritten, never duplicated.
    if (dialect === '2004') for (let index = 0; index < this.interactionCount; index += 1) this.interactionSlots.set(this.session.get(`cmi.interactions.${index}.id`), index);
    const objectiveCount = Number(this.session.get('cmi.objectives._count')) || 0;
    for (let index = 0; index < objectiveCount; index += 1) this.objectiveSlots.set(this.session.get(`cmi.objectives.${index}.id`), index);
    this.nextObjectiveSlot = objectiveCount;
    // Read even on "ab-initio": an LMS that kept the learner's data after a normal exit must not see it lowered.
    this.stored = readStoredOutcome(dialect, (element) => this.session.get(element));
    if (this.stored.completion === 'not attempted') this.write(names.status, 'incomplete');
    // A fresh attempt: suspend_data and location cannot be set yet (reading them is a 403 in 2004).
    if (nothingStored(this.stored)) return { state: emptyResumeState(this.capsules.length), resumed: false };
    const saved = this.session.get('cmi.suspend_data');
    const state = saved ? decodeSuspendData(saved, this.capsules) : emptyResumeState(this.capsules.length);
    const bookmark = this.session.get(names.location);
    const bookmarked = this.capsules.findIndex((capsule) => capsule.id === bookmark);
    if (bookmarked >= 0) state.location = bookmarked;
    return { state, resumed: state.viewed.some(Boolean) };
  }

  /** Writes one cmi.interactions record; each attempt's answers have their own ids (a journal without duplicates). */
  recordAnswer(answered: AnsweredQuestion): void {
    const dialect = this.session.dialect;
    if (!dialect || !this.session.isOpen) return;
    const slot = this.interactionSlot(interactionId(dialect, answered.question.id, answered.attempt));
    for (const [element, value] of interactionElements(dialect, slot, answered, this.data.language)) this.session.set(element, value);
  }

  /** Writes one decision of a scenario as a cmi.interactions record (same journal rules as answers). */
  recordChoice(made: MadeChoice): void {
    const dialect = this.session.dialect;
    if (!dialect || !this.session.isOpen) return;
    const slot = this.interactionSlot(scenarioInteractionId(dialect, made.capsuleId, made.scenarioId, made.situationId, made.step, made.attempt));
    for (const [element, value] of choiceInteractionElements(dialect, slot, made, this.data.language)) this.session.set(element, value);
  }

  private interactionSlot(id: string): number {
    let slot = this.interactionSlots.get(id);
    if (slot === undefined) {
      slot = this.interactionCount++;
      this.interactionSlots.set(id, slot);
    }
    return slot;
  }

  /** Writes everything derived from the state, then commits (called at each capsule and answer). */
  save(state: ResumeState): CourseProgress {
    this.lastState = state;
    const progress = neverLower(courseProgress(this.data, this.capsules, state), this.stored);
    const dialect = this.session.dialect;
    if (!dialect || !this.session.isOpen) return progress;
    const encoded = encodeSuspendData(state, this.capsules, suspendDataLimit(this.data.scormVersion ?? '1.2'));
    this.complete = encoded.complete;
    // Time too is committed at each step: the unload commit may never reach the LMS (dropped beacon).
    this.session.set(ELEMENTS[dialect].sessionTime, formatDuration(dialect, this.now() - this.startedAt));
    let accepted = this.write(ELEMENTS[dialect].location, this.capsules[state.location]?.id ?? '');
    accepted = this.write('cmi.suspend_data', encoded.text) && accepted;
    for (const [element, value] of progressElements(dialect, progress, (id) => this.objectiveSlot(id))) {
      // Objectives are optional in many LMSs: refusing them loses nothing the learner must know.
      if (!this.write(element, value) && !element.startsWith('cmi.objectives.')) accepted = false;
    }
    // Suspend only an unfinished attempt; a finished one ends normally (1.2 "", 2004 "normal").
    this.write(ELEMENTS[dialect].exit, progress.completion !== 'completed' ? 'suspend' : dialect === '1.2' ? '' : 'normal');
    this.committed(accepted && this.session.commit());
    return progress;
  }

  /** Keeps the LMS session alive (some time out after ~30 minutes without a call). */
  keepAlive(): void {
    if (this.session.isOpen) this.committed(this.session.commit());
  }

  /** The page may never come back (tab closed, phone locked): record the time spent so far. */
  checkpoint(): void {
    const dialect = this.session.dialect;
    if (!dialect || !this.session.isOpen) return;
    const accepted = this.session.set(ELEMENTS[dialect].sessionTime, formatDuration(dialect, this.now() - this.startedAt));
    this.committed(accepted && this.session.commit());
  }

  finish(state: ResumeState): void {
    if (!this.session.isOpen) return;
    this.save(state);
    this.checkpoint();
    this.session.terminate();
  }

  /** Whether a 2004 LMS with sequencing accepts this navigation request now (never in 1.2). */
  canNavigate(request: NavigationRequest): boolean {
    return this.session.dialect === '2004' && this.session.isOpen && this.session.get(`adl.nav.request_valid.${request}`) === 'true';
  }

  /** Leaves the SCO through the LMS's sequencing (next or previous module, end of the course). */
  navigate(request: NavigationRequest, state: ResumeState): void {
    if (!this.canNavigate(request)) return;
    this.session.set('adl.nav.request', request);
    this.finish(state);
  }

  /** The page came back from the back-forward cache after pagehide closed its session. */
  reopen(): void {
    if (!this.session.dialect || this.session.isOpen) return;
    if (this.session.reopen() && this.lastState) this.save(this.lastState);
    else this.setHealth('ended');
  }

  private committed(ok: boolean): void {
    if (ok) this.retries = 0;
    this.setHealth(ok ? 'saved' : 'refused');
    if (ok || this.retryPending || this.retries >= RETRY_DELAYS_MS.length) return;
    this.retryPending = true;
    this.schedule(() => {
      this.retryPending = false;
      this.retries += 1;
      if (this.lastState && this.session.isOpen) this.save(this.lastState);
    }, RETRY_DELAYS_MS[this.retries] ?? 0);
  }

  private setHealth(health: LmsHealth): void {
    if (health === this.health) return;
    this.health = health;
    this.onHealth(health);
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

  /** Sends a changed value; false when the LMS refused it (it is sent again at the next save). */
  private write(element: string, value: string): boolean {
    if (this.written.get(element) === value) return true;
    if (!this.session.set(element, value)) return false;
    this.written.set(element, value);
    return true;
  }
}
