import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../electron/server/safeFileName';
import { workspacePlaceChooser } from '../../../electron/server/workspacePlaceChooser';
import { requestedFilePlaces } from '../../../electron/shell/requestedFilePlaces';

describe('safeFileName', () => {
  it('keeps a readable title and adds the extension', () => {
    expect(safeFileName('OPTIMANAGER — Manager de proximité', '.spoc')).toBe('OPTIMANAGER — Manager de proximité.spoc');
    expect(safeFileName('Cours.spoc', '.spoc')).toBe('Cours.spoc');
  });

  it('removes separators, reserved and control characters so the name cannot leave its folder', () => {
    expect(safeFileName('../../etc/passwd', '.spoc')).toBe('etc passwd.spoc');
    expect(safeFileName('a\\b:c*d?"e<f>g|h\u0000i\nj', '.zip')).toBe('a b c d e f g h i j.zip');
    expect(safeFileName('.hidden', '.spoc')).toBe('hidden.spoc');
  });

  it('never answers an empty or reserved name, and bounds the length', () => {
    expect(safeFileName('', '.spoc')).toBe('spoc.spoc');
    expect(safeFileName('///', '.spoc')).toBe('spoc.spoc');
    expect(safeFileName('CON', '.spoc')).toBe('CON_.spoc');
    expect(safeFileName('x'.repeat(500), '.spoc').length).toBeLessThanOrEqual(125);
  });
});

describe('workspacePlaceChooser', () => {
  it('puts new projects in the workspace under a unique name', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'spoc-ws-')), 'SPOC Studio');
    const places = workspacePlaceChooser(workspace);
    const first = await places.chooseNewProjectPath('AGILECOM.spoc');
    expect(first).toBe(path.join(workspace, 'AGILECOM.spoc'));
    expect(existsSync(workspace)).toBe(true);
    writeFileSync(first ?? '', '');
    expect(await places.chooseNewProjectPath('AGILECOM.spoc')).toBe(path.join(workspace, 'AGILECOM (2).spoc'));
  });

  it('puts exports in workspace/exports and keeps their extension', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'spoc-ws-'));
    const places = workspacePlaceChooser(workspace);
    expect(await places.chooseExportPath('CRM/déploiement.ics')).toBe(path.join(workspace, 'exports', 'CRM déploiement.ics'));
    expect(await places.chooseExportPath('../../evil.zip')).toBe(path.join(workspace, 'exports', 'evil.zip'));
  });

  it('has no open dialog in browser mode', async () => {
    expect(await workspacePlaceChooser(tmpdir()).chooseProjectToOpen()).toBeNull();
  });
});

describe('requestedFilePlaces', () => {
  it('answers the next open with the requested file, once, then asks as usual', async () => {
    const wrapped = requestedFilePlaces(workspacePlaceChooser(tmpdir()));
    wrapped.request('/data/optimanager.spoc');
    expect(await wrapped.places.chooseProjectToOpen()).toBe('/data/optimanager.spoc');
    expect(await wrapped.places.chooseProjectToOpen()).toBeNull();
  });
});
