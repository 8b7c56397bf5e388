import { describe, expect, it } from 'vitest';
import { buildPackagePlan, type PackagePlan } from '../../../shared/export/buildPackagePlan';
import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import { PackagingModeSchema, ScormVersionSchema } from '../../../shared/model/course';
import { CourseDocumentSchema } from '../../../shared/model/courseDocument';
import { exportCourseFixture, fixturePlayerAssets, idOf } from '../../shared/export/exportCourseFixture';
import { validateManifest } from './validateManifest';

const manifestsOf = (plan: PackagePlan): string[] =>
  plan.packages.map((pkg) => {
    const file = pkg.files.find((entry) => entry.path === 'imsmanifest.xml');
    if (!file || file.kind !== 'text') throw new Error(`${pkg.fileName} has no manifest at its root`);
    return file.content;
  });

const combinations = ScormVersionSchema.options.flatMap((version) => PackagingModeSchema.options.map((mode) => ({ version, mode })));

describe('manifests validate against the official SCORM XSDs (xmllint)', () => {
  it.each(combinations)('SCORM $version, mode $mode', ({ version, mode }) => {
    const plan = buildPackagePlan(exportCourseFixture({ moduleCount: 3 }), ExportOptionsSchema.parse({ version, mode }), fixturePlayerAssets);
    expect(plan.packages).toHaveLength(mode === 'module-packages' ? 3 : 1);
    for (const manifest of manifestsOf(plan)) expect(validateManifest(manifest, version)).toBe('');
  });

  it.each(['1.2', '2004-4th'] as const)('SCORM %s with modules unlocked one after the other', (version) => {
    const plan = buildPackagePlan(exportCourseFixture({ moduleCount: 3 }), ExportOptionsSchema.parse({ version, mode: 'module-scos', lockModules: true }), fixturePlayerAssets);
    const [manifest] = manifestsOf(plan);
    expect(validateManifest(manifest!, version)).toBe('');
    if (version === '1.2') {
      expect(manifest).toContain(`<adlcp:prerequisites type="aicc_script">item-${plan.packages.length && exportCourseFixture({ moduleCount: 3 }).modules[0]!.id}</adlcp:prerequisites>`);
    } else {
      expect(manifest).toContain('condition="completed"');
      expect(manifest).toContain('writeCompletionStatus="true"');
      expect(manifest).toContain('readCompletionStatus="true"');
    }
  });

  it.each(ScormVersionSchema.options)('SCORM %s with a course full of hostile strings', (version) => {
    const hostile = '<script>alert("x")</script> & \'quotes\' 😀 مرحبا بالعالم \u202Eevil\u0000\u0007\uD800 ]]> <!-- -->';
    const doc = exportCourseFixture({ moduleCount: 2 });
    const long = 'é'.repeat(10_000);
    doc.course.title = hostile;
    doc.course.businessProblem = long;
    doc.modules[0]!.title = hostile;
    doc.modules[1]!.title = long.slice(0, 500);
    doc.capsules[0]!.title = hostile;
    doc.objectives[0]!.text = hostile;
    for (const mode of PackagingModeSchema.options) {
      const plan = buildPackagePlan(CourseDocumentSchema.parse(doc), ExportOptionsSchema.parse({ version, mode }), fixturePlayerAssets);
      for (const manifest of manifestsOf(plan)) {
        expect(validateManifest(manifest, version)).toBe('');
        expect(manifest).not.toContain('<script>');
        expect(manifest).toContain('&lt;script&gt;');
        expect(manifest).toContain('مرحبا بالعالم');
      }
    }
  });

  it('gives each module package its own identifiers and the module title', () => {
    const doc = exportCourseFixture({ moduleCount: 2 });
    const plan = buildPackagePlan(doc, ExportOptionsSchema.parse({ version: '2004-4th', mode: 'module-packages' }), fixturePlayerAssets);
    const [first, second] = manifestsOf(plan);
    expect(first).toContain(`identifier="spoc-${doc.modules[0]!.id}"`);
    expect(second).toContain(`identifier="spoc-${doc.modules[1]!.id}"`);
    expect(second).toContain('Module 2 · Communiquer');
    expect(idOf(1)).toBe(doc.course.id);
  });

  it('writes the pass mark as masteryscore (1.2) and minNormalizedMeasure (2004), and LOM metadata', () => {
    const doc = exportCourseFixture({ moduleCount: 1, capsulesPerModule: 2 });
    const [m12] = manifestsOf(buildPackagePlan(doc, ExportOptionsSchema.parse({ version: '1.2', mode: 'course' }), fixturePlayerAssets));
    expect(m12).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(m12).toContain('<langstring xml:lang="fr">OPTIMANAGER – Manager d’équipe</langstring>');
    expect(m12).toMatch(/<typicallearningtime>\s*<datetime>PT\d+M<\/datetime>/);
    const [m2004] = manifestsOf(buildPackagePlan(doc, ExportOptionsSchema.parse({ version: '2004-4th', mode: 'course' }), fixturePlayerAssets));
    expect(m2004).toContain('<imsss:primaryObjective objectiveID');
    expect(m2004).toContain('satisfiedByMeasure="true"');
    expect(m2004).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(m2004).toContain('<adlcp:completionThreshold completedByMeasure="false" minProgressMeasure="1.0"/>');
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    const [m3rd] = manifestsOf(buildPackagePlan(doc, ExportOptionsSchema.parse({ version: '2004-3rd', mode: 'course' }), fixturePlayerAssets));
    expect(m3rd).toContain('<schemaversion>2004 3rd Edition</schemaversion>');
    expect(m3rd).toContain('<adlcp:completionThreshold>1.0</adlcp:completionThreshold>');
  });

  it('sets no pass mark when completion only asks for viewing', () => {
    const doc = exportCourseFixture({ moduleCount: 1 });
    doc.course.completionRule = 'all-viewed';
    const [m12] = manifestsOf(buildPackagePlan(doc, ExportOptionsSchema.parse({ version: '1.2', mode: 'course' }), fixturePlayerAssets));
    expect(m12).not.toContain('masteryscore');
    const [m2004] = manifestsOf(buildPackagePlan(doc, ExportOptionsSchema.parse({ version: '2004-4th', mode: 'course' }), fixturePlayerAssets));
    expect(m2004).toContain('satisfiedByMeasure="false"');
    expect(m2004).not.toContain('minNormalizedMeasure');
  });

  it('rejects a manifest that breaks the schema (the check is real)', () => {
    const [manifest] = manifestsOf(buildPackagePlan(exportCourseFixture(), ExportOptionsSchema.parse({ version: '1.2', mode: 'course' }), fixturePlayerAssets));
    expect(validateManifest(manifest!.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'), '1.2')).toMatch(/scormtype/);
    expect(validateManifest(manifest!.replace('<general>', '<general><bogus/>'), '1.2')).toMatch(/bogus/);
    const [m2004] = manifestsOf(buildPackagePlan(exportCourseFixture(), ExportOptionsSchema.parse({ version: '2004-4th', mode: 'course' }), fixturePlayerAssets));
    expect(validateManifest(m2004!.replace('objectiveSetByContent="true"', 'objectiveSetByContent="maybe"'), '2004-4th')).toMatch(/objectiveSetByContent/);
    expect(validateManifest(m2004!.replace('<language>fr</language>', '<language>fr</language><bogus/>'), '2004-4th')).toMatch(/bogus/);
  });
});
