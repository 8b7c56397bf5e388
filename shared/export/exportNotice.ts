import { z } from 'zod';
import { FindingTargetSchema } from '../checks/finding';
import { exportMessages, type ExportMessageKey } from '../i18n/exportMessages';
import { formatMessage } from '../i18n/formatMessage';
import { lazySchema } from '../model/lazySchema';

/**
 * A finding about an export: an error blocks it, a warning or an info is handed back with the
 * result. The UI translates `key` (namespace `export`) with `params`; `message` is the English
 * text, for the CLI and logs.
 */
export const ExportNoticeSchema = lazySchema(() => z.object({
  severity: z.enum(['error', 'warning', 'info']),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  /** Where to fix it, for an error: the dialog offers a jump there. */
  target: FindingTargetSchema.optional(),
}));
export type ExportNotice = z.infer<typeof ExportNoticeSchema>;
export type NoticeParams = Record<string, string | number>;

export function createNotice(severity: ExportNotice['severity'], key: ExportMessageKey, params: NoticeParams = {}): ExportNotice {
  return { severity, key, params, message: exportText('en', key, params) };
}

/** A message of the export catalog in one language with its `{{slots}}` filled. */
export function exportText(language: 'fr' | 'en', key: ExportMessageKey, params: NoticeParams = {}): string {
  return formatMessage(exportMessages[language], language, key, params);
}
