import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExport } from '../../../shared/export/checkExport';
import { ExportOptionsSchema, type ExportOptions } from '../../../shared/export/exportOptions';
import { exportText } from '../../../shared/export/exportNotice';
import { limitsPackages, LMS_PRESETS, lmsPackageWarnings, lmsPresetOf, recommendedOptions, type LmsPreset } from '../../../shared/export/lmsPresets';
import { moodleSettings } from '../../../shared/export/moodleSettings';
import { exportMessages } from '../../../shared/i18n/exportMessages';
import { PackagingModeSchema, ScormVersionSchema } from '../../../shared/model/course';
import { ROOT } from '../../conformance/support/buildPlayerAssets';
import { exportCourseFixture } from './exportCourseFixture';

const preset = (id: string) => LMS_PRESETS.find((candidate) => candidate.id === id) as LmsPreset;
/** What the export dialog shows for a two-module course whose framing names this LMS. */
function dialogNotices(targetLms: string, options: Partial<ExportOptions>, completionRule?: 'all-viewed') {
  const doc = exportCourseFixture({ moduleCount: 2 });
  doc.course.targetLms = targetLms;
  if (completionRule) doc.course.completionRule = completionRule;
  return checkExport(doc, ExportOptionsSchema.parse({ version: '1.2', mode: 'course', ...options }));
}
const warnings = (targetLms: string, options: Partial<ExportOptions>) => dialogNotices(targetLms, options).filter((n) => n.severity === 'warning').map((n) => n.key);
const advice = (targetLms: string, options: Partial<ExportOptions>, completionRule?: 'all-viewed') => dialogNotices(targetLms, options, completionRule).filter((n) => n.severity === 'info');
const MODULE_SCOS = { mode: 'module-scos' } as const;

describe('target-LMS presets', () => {
  it.each(LMS_PRESETS.map((found) => [found.id, found] as const))('%s: the framing’s name finds it, its recommended export draws no warning, and the dialog explains the choice', (_, found) => {
    const typed = found.name ? `${found.name} du client, version 2025` : 'Plateforme maison';
    expect(lmsPresetOf(typed).id).toBe(found.id);
    const recommended = recommendedOptions(found, ExportOptionsSchema.parse({ version: '2004-3rd', mode: 'module-packages', programmeCohortId: null }));
    expect(recommended).toMatchObject(found.recommended);
    expect(warnings(typed, recommended)).toEqual([]);
    expect(exportMessages.fr[`presetWhy.${found.id}`]).toBeTruthy();
    expect(exportMessages.en[`presetWhy.${found.id}`]).toBeTruthy();
    // The advice names this LMS's settings: Moodle's measured ones, TalentLMS's, else the generic ones.
    const family = { moodle: /^moodleRule/, talentlms: /^talentlms/, generic: /^generic/ }[found.settings];
    for (const mode of PackagingModeSchema.options) expect(advice(typed, { ...recommended, mode }).map((n) => n.key)).toEqual([expect.stringMatching(family)]);
  });

  it('reads the framing’s free text by whole words: “SAP”, “Talent LMS”, “Moodle 4.5” are known; “Sapiens” is another platform', () => {
    expect(lmsPresetOf('SAP').id).toBe('sap-successfactors');
    expect(lmsPresetOf('Talent LMS').id).toBe('talentlms');
    expect(lmsPresetOf('moodle 4.5 (université)').id).toBe('moodle');
    expect(lmsPresetOf('Sapiens LMS').id).toBe('other');
    expect(lmsPresetOf('').id).toBe('other');
  });

  it.each(['Moodle', 'Totara'])('%s: a 1.2 package with several SCOs has each recorded (measured on Moodle 4.5), a 2004 one only its first SCO', (lms) => {
    expect(warnings(lms, { version: '1.2', ...MODULE_SCOS })).toEqual([]);
    expect(warnings(lms, { version: '2004-4th', ...MODULE_SCOS })).toEqual(['presetMultiScoFirstOnly']);
    expect(warnings(lms, { version: '2004-4th', mode: 'module-packages' })).toEqual([]);
  });

  it('Moodle advice gives exactly the settings measured to work: the ticked statuses and the grading method of moodleSettings', () => {
    const STATUS = { passed: 'Passed', completed: 'Completed' } as const;
    for (const version of ScormVersionSchema.options) {
      for (const mode of PackagingModeSchema.options) {
        for (const passRequired of [true, false]) {
          const [notice] = advice('Moodle 4.5', { version, mode }, passRequired ? undefined : 'all-viewed');
          const settings = moodleSettings(version, mode, passRequired);
          const message = notice!.message;
          const label = `${version} ${mode} pass=${passRequired}`;
          for (const status of settings.requiredStatuses) expect(message, label).toContain(STATUS[status]);
          if (settings.requiredStatuses.length === 2) expect(message, label).toMatch(/both “Passed” and “Completed” ticked/);
          else expect(message, label).toMatch(new RegExp(`Require status: ${STATUS[settings.requiredStatuses[0]!]}`));
          expect(message, label).toContain(`grading method “${settings.grading === 'highest' ? 'Highest grade' : 'Average grade'}”`);
          expect(message.includes('Require all SCOs'), label).toBe(settings.allScos);
          expect(message.includes('only the first SCO is recorded'), label).toBe(settings.firstScoOnlyViaNext);
        }
      }
    }
  });

  it('360Learning accepts 2004 multi-SCO packages but not 1.2 ones', () => {
    expect(warnings('360Learning', { version: '1.2', ...MODULE_SCOS })).toEqual(['presetMultiScoRefused']);
    expect(warnings('360Learning', { version: '2004-4th', ...MODULE_SCOS })).toEqual([]);
  });

  it.each(['Rise Up', 'CrossKnowledge'])('%s refuses multi-SCO packages in both versions, not one package per module', (lms) => {
    expect(warnings(lms, { version: '1.2', ...MODULE_SCOS })).toEqual(['presetMultiScoRefused']);
    expect(warnings(lms, { version: '2004-4th', ...MODULE_SCOS })).toEqual(['presetMultiScoRefused']);
    expect(warnings(lms, { version: '1.2', mode: 'module-packages' })).toEqual([]);
  });

  it('TalentLMS plays only SCORM 1.2; Docebo no 2004 4th edition and no sequencing', () => {
    expect(warnings('TalentLMS', { version: '2004-4th' })).toEqual(['presetVersionRefused.2004-4th']);
    expect(warnings('TalentLMS', { version: '2004-3rd' })).toEqual(['presetVersionRefused.2004-3rd']);
    expect(warnings('Docebo', { version: '2004-4th' })).toEqual(['presetVersionRefused.2004-4th']);
    expect(warnings('Docebo', { version: '2004-3rd', ...MODULE_SCOS, lockModules: true })).toEqual(['presetMultiScoUnknown', 'presetSequencingIgnored']);
    expect(warnings('Docebo', { version: '1.2', ...MODULE_SCOS, lockModules: true })).toEqual(['presetMultiScoUnknown']);
  });

  it.each(['TalentLMS', 'Cornerstone', 'SAP SuccessFactors', 'Docebo', 'Canvas', 'Blackboard', 'Plateforme maison'])('%s: multi-SCO handling unverified, so the designer is told to test it first', (lms) => {
    expect(warnings(lms, { version: '1.2', ...MODULE_SCOS })).toEqual(['presetMultiScoUnknown']);
    // A single module in "one SCO per module" is a one-SCO package.
    const doc = exportCourseFixture({ moduleCount: 1 });
    doc.course.targetLms = lms;
    expect(checkExport(doc, ExportOptionsSchema.parse({ version: '1.2', ...MODULE_SCOS })).filter((n) => n.severity === 'warning')).toEqual([]);
  });

  it('size limits: Rise Up 1 GB, CrossKnowledge 200 MB, the cautious “other” 200 MB; none known for Moodle', () => {
    const sizes = (found: LmsPreset, bytes: number) => lmsPackageWarnings(found, found.name || 'LMS', [{ fileName: 'cours-scorm12.zip', bytes }]).map((n) => n.key);
    expect(sizes(preset('rise-up'), 999_000_000)).toEqual([]);
    expect(sizes(preset('rise-up'), 1_200_000_000)).toEqual(['presetPackageTooLarge']);
    expect(sizes(preset('crossknowledge'), 210_000_000)).toEqual(['presetPackageTooLarge']);
    expect(sizes(preset('other'), 210_000_000)).toEqual(['presetPackageTooLarge']);
    expect(sizes(preset('moodle'), 5_000_000_000)).toEqual([]);
    expect(exportText('fr', 'presetPackageTooLarge', { lms: 'Rise Up', name: 'a.zip', megabytes: 1200, limit: 1000 }).replace(/[\u202f\u00a0]/g, ' ')).toBe('Le paquet « a.zip » pèse 1200 Mo : Rise Up refuse les paquets de plus de 1000 Mo. Allégez les médias ou exportez un paquet par module.');
  });

  it('file-name rules: Rise Up and “other” refuse accents and spaces in a package name', () => {
    const names = (found: LmsPreset, fileName: string) => lmsPackageWarnings(found, found.name || 'LMS', [{ fileName, bytes: 1 }]).map((n) => n.key);
    expect(names(preset('rise-up'), 'Été 2027.zip')).toEqual(['presetFileNameRefused']);
    expect(names(preset('rise-up'), 'week-01-ecouter.zip')).toEqual([]);
    expect(names(preset('moodle'), 'Été 2027.zip')).toEqual([]);
  });

  it('the dialog plans the packages only for an LMS whose package limits could warn', () => {
    expect(LMS_PRESETS.filter(limitsPackages).map((found) => found.id)).toEqual(['rise-up', 'crossknowledge', 'other']);
    for (const found of LMS_PRESETS.filter((candidate) => !limitsPackages(candidate))) {
      expect(lmsPackageWarnings(found, found.name, [{ fileName: 'Été 2027 ?.zip', bytes: 10_000_000_000 }]), found.id).toEqual([]);
    }
  });

  it('SuccessFactors ends idle sessions after ~30 minutes, longer than the player’s 5-minute keep-alive', () => {
    const player = readFileSync(path.join(ROOT, 'scorm-templates/player/player.ts'), 'utf8');
    const keepAliveMinutes = Number(/KEEP_ALIVE_MS = (\d+) \* 60_000/.exec(player)?.[1]);
    expect(keepAliveMinutes).toBeLessThan(preset('sap-successfactors').idleTimeoutMinutes!);
  });

  it('every preset has its sources and confidence in docs/lms-presets.md', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/lms-presets.md'), 'utf8');
    for (const found of LMS_PRESETS) expect(doc, found.id).toContain(`## ${found.name || 'Other'}`);
  });
});
