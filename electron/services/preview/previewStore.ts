import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { PlannedFile } from '../../../shared/export/buildPackagePlan';

export interface PreviewEntry {
  /** 'lms-test': exported packages and the test LMS page, served to the LMS test origin only; absent: a sandboxed preview. */
  purpose?: 'lms-test';
  /** The preview's files by path from its root, as a package lays them out. */
  files: ReadonlyMap<string, PlannedFile>;
  /** Streams a media content of the project the preview was made from. */
  openMedia(sha256: string): Readable;
}

/** Previews kept at once; an older preview's address stops working. */
const KEPT_PREVIEWS = 8;

/**
 * The previews prepared by openPreview, kept in memory under an unguessable key that is their
 * address: whoever shows the app (browser-mode server, desktop protocol) serves their files.
 */
export class PreviewStore {
  private readonly entries = new Map<string, PreviewEntry>();

  /** Keeps a preview and returns its key. */
  add(entry: PreviewEntry): string {
    const key = randomBytes(16).toString('hex');
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= KEPT_PREVIEWS) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  get(key: string): PreviewEntry | undefined {
    return this.entries.get(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
