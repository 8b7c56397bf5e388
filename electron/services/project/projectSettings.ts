import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { appError } from '../../../shared/api/appError';

/** A typed key of the project_settings table, declared by the domain that owns it. */
export interface ProjectSetting<T> {
  key: string;
  schema: z.ZodType<T>;
  defaultValue: T;
}

export function defineProjectSetting<T>(key: string, schema: z.ZodType<T>, defaultValue: T): ProjectSetting<T> {
  return { key, schema, defaultValue };
}

/** Typed access to the project's key/value settings (check thresholds, last export options…). */
export class ProjectSettings {
  constructor(private readonly db: Database) {}

  /** The stored value, or the setting's default when unset or no longer valid (settings are preferences, not work). */
  get<T>(setting: ProjectSetting<T>): T {
    const row = this.db.prepare('SELECT value FROM project_settings WHERE key = ?').get(setting.key) as
      | { value: string }
      | undefined;
    if (!row) return setting.defaultValue;
    const parsed = setting.schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : setting.defaultValue;
  }

  set<T>(setting: ProjectSetting<T>, value: T): void {
    const parsed = setting.schema.safeParse(value);
    if (!parsed.success) {
      throw appError('invalid-input', 'settingRejected', { key: setting.key, detail: parsed.error.issues.map((i) => i.message).join('; ') });
    }
    this.db
      .prepare('INSERT INTO project_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(setting.key, JSON.stringify(parsed.data));
  }

  delete(setting: ProjectSetting<unknown>): void {
    this.db.prepare('DELETE FROM project_settings WHERE key = ?').run(setting.key);
  }
}
