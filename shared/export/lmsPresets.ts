import type { PackagingMode, ScormVersion } from '../model/course';
import { createNotice, type ExportNotice } from './exportNotice';
import type { ExportOptions } from './exportOptions';

/** How an LMS treats a package holding several SCOs, per run-time version. */
export type MultiScoSupport = 'all-recorded' | 'first-only-via-next' | 'refused' | 'unknown';

/** What the export must respect for one target LMS. Sources and confidence: docs/lms-presets.md. */
export interface LmsPreset {
  id: string;
  /** Brand name, the same in every language. */
  name: string;
  /** Lower-case words that name this LMS in the framing's free-text "target LMS". */
  aliases: string[];
  recommended: { version: ScormVersion; mode: PackagingMode };
  /** Largest package accepted, in bytes; null when no limit is documented. */
  maxPackageBytes: number | null;
  /** Package file names must be plain ASCII (no accents). */
  asciiFileNames: boolean;
  multiSco: Record<'1.2' | '2004', MultiScoSupport>;
  /** The session ends after this many idle minutes (the player commits every 5 minutes); null when unknown. */
  idleTimeoutMinutes: number | null;
  /** Commit during unload may get no answer: everything must be committed before. */
  unloadCommitUnreliable: boolean;
}

const GIGABYTE = 1_000_000_000;
const unknown = { '1.2': 'unknown', '2004': 'unknown' } as const;
const refused = { '1.2': 'refused', '2004': 'refused' } as const;

export const LMS_PRESETS: readonly LmsPreset[] = [
  { id: 'moodle', name: 'Moodle', aliases: ['moodle'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: { '1.2': 'all-recorded', '2004': 'first-only-via-next' }, idleTimeoutMinutes: null, unloadCommitUnreliable: true },
  { id: 'totara', name: 'Totara', aliases: ['totara'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: { '1.2': 'all-recorded', '2004': 'first-only-via-next' }, idleTimeoutMinutes: null, unloadCommitUnreliable: true },
  { id: 'talentlms', name: 'TalentLMS', aliases: ['talentlms', 'talent lms'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: unknown, idleTimeoutMinutes: null, unloadCommitUnreliable: false },
  { id: 'cornerstone', name: 'Cornerstone', aliases: ['cornerstone', 'csod'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: unknown, idleTimeoutMinutes: null, unloadCommitUnreliable: true },
  { id: 'sap-successfactors', name: 'SAP SuccessFactors', aliases: ['successfactors', 'success factors', 'sap'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: unknown, idleTimeoutMinutes: 30, unloadCommitUnreliable: false },
  { id: 'docebo', name: 'Docebo', aliases: ['docebo'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: unknown, idleTimeoutMinutes: null, unloadCommitUnreliable: false },
  { id: '360learning', name: '360Learning', aliases: ['360learning', '360 learning'], recommended: { version: '2004-4th', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: { '1.2': 'refused', '2004': 'all-recorded' }, idleTimeoutMinutes: null, unloadCommitUnreliable: false },
  { id: 'canvas', name: 'Canvas', aliases: ['canvas', 'instructure'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: unknown, idleTimeoutMinutes: null, unloadCommitUnreliable: false },
  { id: 'blackboard', name: 'Blackboard', aliases: ['blackboard', 'anthology'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: unknown, idleTimeoutMinutes: null, unloadCommitUnreliable: false },
  { id: 'rise-up', name: 'Rise Up', aliases: ['rise up', 'riseup'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: GIGABYTE, asciiFileNames: true, multiSco: refused, idleTimeoutMinutes: null, unloadCommitUnreliable: false },
  { id: 'crossknowledge', name: 'CrossKnowledge', aliases: ['crossknowledge', 'cross knowledge'], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: null, asciiFileNames: false, multiSco: refused, idleTimeoutMinutes: null, unloadCommitUnreliable: false },
  { id: 'other', name: '', aliases: [], recommended: { version: '1.2', mode: 'course' }, maxPackageBytes: GIGABYTE, asciiFileNames: true, multiSco: unknown, idleTimeoutMinutes: 30, unloadCommitUnreliable: true },
];

const OTHER = LMS_PRESETS.find((preset) => preset.id === 'other') as LmsPreset;

/** The preset the framing's free-text target LMS names ("Moodle 4.5 du client" → Moodle); "other" when none. */
export function lmsPresetOf(targetLms: string): LmsPreset {
  const text = targetLms.toLowerCase();
  return LMS_PRESETS.find((preset) => preset.aliases.some((alias) => text.includes(alias))) ?? OTHER;
}

/** What this LMS mishandles in an export with these options (packages' sizes in bytes), as warnings to show before exporting. */
export function lmsPresetWarnings(preset: LmsPreset, options: Pick<ExportOptions, 'version' | 'mode'>, packageBytes: readonly number[] = []): ExportNotice[] {
  const notices: ExportNotice[] = [];
  const lms = preset.name || 'LMS';
  if (options.mode === 'module-scos') {
    const support = preset.multiSco[options.version === '1.2' ? '1.2' : '2004'];
    if (support === 'refused') notices.push(createNotice('warning', 'presetMultiScoRefused', { lms }));
    if (support === 'first-only-via-next') notices.push(createNotice('warning', 'presetMultiScoFirstOnly', { lms }));
    if (support === 'unknown') notices.push(createNotice('warning', 'presetMultiScoUnknown', { lms }));
  }
  const largest = Math.max(0, ...packageBytes);
  if (preset.maxPackageBytes !== null && largest > preset.maxPackageBytes) {
    notices.push(createNotice('warning', 'presetPackageTooLarge', { lms, megabytes: Math.round(largest / 1_000_000), limit: Math.round(preset.maxPackageBytes / 1_000_000) }));
  }
  return notices;
}
