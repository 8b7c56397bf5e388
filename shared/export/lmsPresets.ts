import type { PackagingMode, ScormVersion } from '../model/course';
import { createNotice, type ExportNotice } from './exportNotice';
import type { ExportOptions } from './exportOptions';

/** How an LMS treats a package holding several SCOs, per run-time version. */
export type MultiScoSupport = 'all-recorded' | 'first-only-via-next' | 'refused' | 'unknown';

/** Whose activity settings the export dialog advises: Moodle's are measured (moodleSettings), TalentLMS's named, others described. */
export type LmsSettingsFamily = 'moodle' | 'talentlms' | 'generic';

export const LMS_PRESET_IDS = [
  'moodle',
  'totara',
  'talentlms',
  'cornerstone',
  'sap-successfactors',
  'docebo',
  '360learning',
  'canvas',
  'blackboard',
  'rise-up',
  'crossknowledge',
  'other',
] as const;
export type LmsPresetId = (typeof LMS_PRESET_IDS)[number];

/** What the export must respect for one target LMS. Sources and confidence of each fact: docs/lms-presets.md. */
export interface LmsPreset {
  id: LmsPresetId;
  /** Brand name, the same in every language ("" for "other"). */
  name: string;
  /** Lower-case words that name this LMS in the framing's free-text "target LMS". */
  aliases: string[];
  /** Explained to the designer by the export message `presetWhy.<id>`. */
  recommended: { version: ScormVersion; mode: PackagingMode };
  /** The SCORM versions the LMS plays; the others draw a warning. */
  versions: readonly ScormVersion[];
  /** Largest package accepted, in bytes; null when no limit is documented. */
  maxPackageBytes: number | null;
  /** Package file names must be plain ASCII letters, digits, dashes and dots (no accents, no spaces). */
  asciiFileNames: boolean;
  multiSco: Record<'1.2' | '2004', MultiScoSupport>;
  /** Plays SCORM 2004 sequencing (the module lock); false: the lock is ignored and every module stays open. */
  sequencing: boolean;
  /** The session ends after this many idle minutes (the player commits every 5 minutes); null when unknown. */
  idleTimeoutMinutes: number | null;
  /** Commit during unload may get no answer: everything must be committed before. */
  unloadCommitUnreliable: boolean;
  settings: LmsSettingsFamily;
}

const ALL_VERSIONS: readonly ScormVersion[] = ['1.2', '2004-3rd', '2004-4th'];
const unknown = { '1.2': 'unknown', '2004': 'unknown' } as const;
const refused = { '1.2': 'refused', '2004': 'refused' } as const;
/** Moodle keeps one API object per player page (measured on 4.5): 2004 SCOs after the first fail Initialize. */
const moodleMultiSco = { '1.2': 'all-recorded', '2004': 'first-only-via-next' } as const;
const ONE_SCO = { version: '1.2', mode: 'course' } as const;
const base = { versions: ALL_VERSIONS, maxPackageBytes: null, asciiFileNames: false, multiSco: unknown, sequencing: true, idleTimeoutMinutes: null, unloadCommitUnreliable: false, settings: 'generic' } as const;

export const LMS_PRESETS: readonly LmsPreset[] = [
  { ...base, id: 'moodle', name: 'Moodle', aliases: ['moodle'], recommended: ONE_SCO, multiSco: moodleMultiSco, unloadCommitUnreliable: true, settings: 'moodle' },
  { ...base, id: 'totara', name: 'Totara', aliases: ['totara'], recommended: ONE_SCO, multiSco: moodleMultiSco, unloadCommitUnreliable: true, settings: 'moodle' },
  { ...base, id: 'talentlms', name: 'TalentLMS', aliases: ['talentlms', 'talent lms'], recommended: ONE_SCO, versions: ['1.2'], settings: 'talentlms' },
  { ...base, id: 'cornerstone', name: 'Cornerstone', aliases: ['cornerstone', 'csod'], recommended: ONE_SCO, unloadCommitUnreliable: true },
  { ...base, id: 'sap-successfactors', name: 'SAP SuccessFactors', aliases: ['successfactors', 'success factors', 'sap'], recommended: ONE_SCO, idleTimeoutMinutes: 30 },
  { ...base, id: 'docebo', name: 'Docebo', aliases: ['docebo'], recommended: ONE_SCO, versions: ['1.2', '2004-3rd'], sequencing: false },
  { ...base, id: '360learning', name: '360Learning', aliases: ['360learning', '360 learning'], recommended: { version: '2004-4th', mode: 'course' }, multiSco: { '1.2': 'refused', '2004': 'all-recorded' } },
  { ...base, id: 'canvas', name: 'Canvas', aliases: ['canvas', 'instructure'], recommended: ONE_SCO },
  { ...base, id: 'blackboard', name: 'Blackboard', aliases: ['blackboard', 'anthology'], recommended: ONE_SCO },
  { ...base, id: 'rise-up', name: 'Rise Up', aliases: ['rise up', 'riseup'], recommended: ONE_SCO, maxPackageBytes: 1_000_000_000, asciiFileNames: true, multiSco: refused },
  { ...base, id: 'crossknowledge', name: 'CrossKnowledge', aliases: ['crossknowledge', 'cross knowledge'], recommended: ONE_SCO, maxPackageBytes: 200_000_000, multiSco: refused },
  // Nothing known: the strictest of the above, so that a package made for it goes through most LMSs.
  { ...base, id: 'other', name: '', aliases: [], recommended: ONE_SCO, maxPackageBytes: 200_000_000, asciiFileNames: true, idleTimeoutMinutes: 30, unloadCommitUnreliable: true },
];

const OTHER = LMS_PRESETS.find((preset) => preset.id === 'other') as LmsPreset;

/** The preset the framing's free-text target LMS names ("Moodle 4.5 du client" → Moodle); "other" when none. */
export function lmsPresetOf(targetLms: string): LmsPreset {
  // Whole words only: "SAP" names SuccessFactors, "Sapiens" does not.
  const words = ` ${targetLms.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
  return LMS_PRESETS.find((preset) => preset.aliases.some((alias) => words.includes(` ${alias} `))) ?? OTHER;
}

/** How the LMS is named in messages: the brand, else what the framing typed, else a generic word. */
export function lmsNameOf(preset: LmsPreset, targetLms: string): string {
  return preset.name || targetLms.trim() || 'LMS';
}

/** The export options the preset recommends, keeping the designer's other choices (cohort, source). */
export function recommendedOptions(preset: LmsPreset, options: ExportOptions): ExportOptions {
  const { version, mode } = preset.recommended;
  return { ...options, version, mode, lockModules: mode === 'module-scos' && options.lockModules };
}

/** What this LMS mishandles in an export with these options, known before building the packages. */
export function lmsOptionWarnings(preset: LmsPreset, lms: string, options: Pick<ExportOptions, 'version' | 'mode' | 'lockModules'>): ExportNotice[] {
  const notices: ExportNotice[] = [];
  if (!preset.versions.includes(options.version)) notices.push(createNotice('warning', `presetVersionRefused.${options.version}`, { lms }));
  if (options.mode === 'module-scos') {
    const support = preset.multiSco[options.version === '1.2' ? '1.2' : '2004'];
    if (support === 'refused') notices.push(createNotice('warning', 'presetMultiScoRefused', { lms }));
    if (support === 'first-only-via-next') notices.push(createNotice('warning', 'presetMultiScoFirstOnly', { lms }));
    if (support === 'unknown') notices.push(createNotice('warning', 'presetMultiScoUnknown', { lms }));
    if (options.lockModules && options.version !== '1.2' && !preset.sequencing) notices.push(createNotice('warning', 'presetSequencingIgnored', { lms }));
  }
  return notices;
}

/** A package as the LMS receives it: its file name and its size in bytes. */
export interface PackageFacts {
  fileName: string;
  bytes: number;
}

const ASCII_FILE_NAME = /^[A-Za-z0-9._-]+$/;

/** Whether lmsPackageWarnings can find anything: planning the packages only to measure them costs up to a second on a large course. */
export function limitsPackages(preset: LmsPreset): boolean {
  return preset.maxPackageBytes !== null || preset.asciiFileNames;
}

/** What this LMS refuses in the packages an export is about to write (size, file name). */
export function lmsPackageWarnings(preset: LmsPreset, lms: string, packages: readonly PackageFacts[]): ExportNotice[] {
  const notices: ExportNotice[] = [];
  for (const { fileName, bytes } of packages) {
    if (preset.maxPackageBytes !== null && bytes > preset.maxPackageBytes) {
      notices.push(createNotice('warning', 'presetPackageTooLarge', { lms, name: fileName, megabytes: Math.round(bytes / 1_000_000), limit: Math.round(preset.maxPackageBytes / 1_000_000) }));
    }
    if (preset.asciiFileNames && !ASCII_FILE_NAME.test(fileName)) notices.push(createNotice('warning', 'presetFileNameRefused', { lms, name: fileName }));
  }
  return notices;
}
