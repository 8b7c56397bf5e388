import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const config = parse(readFileSync(path.join(__dirname, '../../../electron-builder.yml'), 'utf8'));

describe('electron-builder.yml', () => {
  it('burns the fuses that stop the packaged app from running as plain Node, loading code outside its asar or giving file:// pages extra powers', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the built app and the sample course, and opens .spoc files', () => {
    expect(config.files).toContain('out/**');
    expect(config.extraResources).toContainEqual({ from: 'resources/samples', to: 'samples' });
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'spoc' }));
  });

  it('leaves better-sqlite3 built for Node so tests and the CLI keep working', () => {
    expect(config.npmRebuild).toBe(false);
  });
});
