import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScormVersion } from '../../../shared/model/course';

const SCHEMA_BY_VERSION: Record<ScormVersion, string> = {
  '1.2': path.join(__dirname, 'scorm12/manifest-validation.xsd'),
  // No 3rd-edition XSDs ship with us: its manifests use the same namespaces and are checked against the 4th's.
  '2004-3rd': path.join(__dirname, 'scorm2004-4th/manifest-validation.xsd'),
  '2004-4th': path.join(__dirname, 'scorm2004-4th/manifest-validation.xsd'),
};

/** Runs `xmllint --noout --schema` on a manifest; returns xmllint's complaints ('' when it validates). */
export function validateManifest(xml: string, version: ScormVersion): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-manifest-'));
  try {
    const file = path.join(dir, 'imsmanifest.xml');
    writeFileSync(file, xml);
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA_BY_VERSION[version], file], { encoding: 'utf8' });
    if (result.error) throw result.error;
    if (result.status === 0) return '';
    // ims_xml.xsd (SCORM 1.2) makes libxml2 print a harmless namespace notice first: keep the verdict lines.
    return result.stderr
      .split('\n')
      .filter((line) => line.startsWith(file) || line.includes('error'))
      .filter((line) => !line.includes('ims_xml.xsd'))
      .join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
