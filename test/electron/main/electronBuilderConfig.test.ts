import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '../../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const buildResource = (name: string) => path.join(root, config.directories.buildResources, name);

describe('electron-builder.yml', () => {
  it("is valid for electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined } as never)).resolves.toBeUndefined();
  });

  it('burns the fuses that stop the packaged app from running as plain Node or loading code outside its asar', () => {
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

  it('packages the built app and the sample course, and opens .spoc files with their own icon', () => {
    expect(config.files).toContain('out/**');
    expect(config.extraResources).toContainEqual({ from: 'resources/samples', to: 'samples' });
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'spoc' }));
    // electron-builder takes the document icon from the extension's name.
    expect(existsSync(buildResource('spoc.icns'))).toBe(true);
    expect(existsSync(buildResource('spoc.ico'))).toBe(true);
    // NSIS writes the association only for a per-machine install.
    expect(config.nsis.perMachine).toBe(true);
  });

  it('rebuilds better-sqlite3 for Electron when packaging and keeps the addon outside the asar', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('targets an installer for each desktop system, with icons that exist', () => {
    expect(config.win.target).toContainEqual(expect.objectContaining({ target: 'nsis' }));
    expect(config.mac.target).toContainEqual(expect.objectContaining({ target: 'dmg', arch: ['x64', 'arm64'] }));
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(existsSync(buildResource(config.win.icon))).toBe(true);
    expect(existsSync(buildResource(config.mac.icon))).toBe(true);
    expect(existsSync(buildResource(path.join(config.linux.icon, '512x512.png')))).toBe(true);
  });

  it('is ready for notarization: hardened runtime with only the JIT entitlements Electron needs', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(path.join(root, config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toContain('com.apple.security.cs.disable-library-validation');
  });
});
