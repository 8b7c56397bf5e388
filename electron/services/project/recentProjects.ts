import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../../../shared/model/lazySchema';

const RecentEntrySchema = lazySchema(() => z.object({ path: z.string().min(1), title: z.string(), openedAt: z.string() }));
export type RecentEntry = z.infer<typeof RecentEntrySchema>;

const RECENT_FILE = 'recent-projects.json';
const MAX_ENTRIES = 20;

/** The recently opened projects, kept as JSON in the app data folder and rewritten atomically. */
export class RecentProjects {
  private readonly filePath: string;

  constructor(appDataDir: string) {
    this.filePath = path.join(appDataDir, RECENT_FILE);
  }

  /** Newest first; an unreadable list reads as empty rather than blocking the app. */
  entries(): RecentEntry[] {
    try {
      const parsed = z.array(RecentEntrySchema).safeParse(JSON.parse(readFileSync(this.filePath, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  remember(projectPath: string, title: string): void {
    const others = this.entries().filter((entry) => entry.path !== projectPath);
    this.write([{ path: projectPath, title, openedAt: new Date().toISOString() }, ...others].slice(0, MAX_ENTRIES));
  }

  /** Forgets every entry (File > Open recent > Clear the list). */
  clear(): void {
    this.write([]);
  }

  private write(entries: RecentEntry[]): void {
    mkdirSync(path.dirname(this.filePath), { recursive: true });
    const temporaryPath = `${this.filePath}.${process.pid}.tmp`;
    writeFileSync(temporaryPath, `${JSON.stringify(entries, null, 2)}\n`);
    renameSync(temporaryPath, this.filePath);
  }
}
