import Database from 'better-sqlite3';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../../../electron/services/callApi';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

describe('project files', () => {
  it('creates a project, reopens it in a new session and finds everything', async () => {
    harness = createTestServices();
    const created = await harness.api.createProject({ title: 'OPTIMANAGER', language: 'fr', template: 'four-weekly-modules' });
    expect(created?.fileName).toBe('optimanager.spoc');
    const before = await harness.api.getOutline({});

    const api = harness.restart();
    expect((await api.getSession({})).project).toBeNull();
    const listed = await api.listProjects({});
    expect(listed.map((project) => project.title)).toEqual(['OPTIMANAGER']);
    const reopened = await api.openProject({ path: listed[0]!.path });
    expect(reopened).toEqual(created);
    expect(await api.getOutline({})).toEqual(before);
    expect((await api.getSession({})).project?.title).toBe('OPTIMANAGER');
  });

  it('builds the four-weekly template as one module per week, titled in the course language', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Managers', language: 'en', template: 'four-weekly-modules' });
    const outline = await harness.api.getOutline({});
    expect(outline.modules.map((module) => module.week)).toEqual([1, 2, 3, 4]);
    expect(outline.modules[0]!.title).toBe('The fundamentals');
    expect(outline.modules.every((module) => module.minutes >= 30 && module.minutes <= 45)).toBe(true);
    expect(outline.course.durationWeeks).toBe(4);
  });

  it('builds the tool roll-out template as 4 modules of about 20 minutes over 2 weeks', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Déploiement CRM', language: 'fr', template: 'tool-rollout' });
    const outline = await harness.api.getOutline({});
    expect(outline.modules.map((module) => [module.week, module.minutes])).toEqual([
      [1, 20],
      [1, 20],
      [2, 20],
      [2, 20],
    ]);
    expect(outline.modules[0]!.title).toBe('Prise en main');
    expect((await harness.api.getCourseDocument({})).liveSessions).toHaveLength(1);
  });

  it('builds the awareness template as 3 modules of 15 minutes, and blank as an empty course', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Cyber', language: 'fr', template: 'awareness' });
    expect((await harness.api.getOutline({})).modules.map((module) => module.minutes)).toEqual([15, 15, 15]);
    await harness.api.createProject({ title: 'Vide', language: 'en', template: 'blank' });
    const blank = await harness.api.getOutline({});
    expect(blank.course.title).toBe('Vide');
    expect(blank.modules).toEqual([]);
  });

  it('writes the client named in the new-course wizard into the framing and the summary', async () => {
    harness = createTestServices();
    const created = await callApi(harness.api, 'createProject', { title: 'Cyber', client: '  Clinique du Parc ', language: 'fr', template: 'awareness' });
    expect(created).toMatchObject({ ok: true, value: { client: 'Clinique du Parc' } });
    expect((await harness.api.getOutline({})).course.client).toBe('Clinique du Parc');
    const tooLong = await callApi(harness.api, 'createProject', { title: 'X', client: 'c'.repeat(501), language: 'fr', template: 'blank' });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('client') } });
  });

  it('returns null and changes nothing when the designer cancels a dialog', async () => {
    harness = createTestServices();
    harness.answers.newProjectPath = null;
    expect(await harness.api.createProject({ title: 'X', language: 'fr', template: 'blank' })).toBeNull();
    expect(await harness.api.openProject({})).toBeNull();
    expect((await harness.api.getSession({})).project).toBeNull();
  });

  it('opens the project the open dialog returns', async () => {
    harness = createTestServices();
    const created = await harness.api.createProject({ title: 'Dialog', language: 'fr', template: 'blank' });
    await harness.api.closeProject({});
    harness.answers.projectToOpen = created!.path;
    expect((await harness.api.openProject({}))?.title).toBe('Dialog');
  });

  it('refuses to open a path that listProjects did not return', async () => {
    harness = createTestServices();
    const outside = path.join(harness.root, 'elsewhere.spoc');
    harness.answers.newProjectPath = outside;
    await harness.api.createProject({ title: 'Hidden', language: 'fr', template: 'blank' });
    const api = harness.restart();
    const listed = await api.listProjects({});
    expect(listed.map((project) => project.path)).toEqual([outside]);

    const result = await callApi(api, 'openProject', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.message).toContain('passwd');
    expect((await api.getSession({})).project).toBeNull();
  });

  it('says no project is open instead of failing obscurely', async () => {
    harness = createTestServices();
    const result = await callApi(harness.api, 'getOutline', {});
    expect(result).toEqual({ ok: false, error: { code: 'no-project', message: expect.stringContaining('Open or create a project'), text: { key: 'noProjectOpen', params: {} } } });
  });

  it('lists workspace projects, newest first, skipping other apps’ databases', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'First', language: 'fr', template: 'blank' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await harness.api.createProject({ title: 'Second', language: 'fr', template: 'blank' });
    writeFileSync(path.join(harness.workspaceDir, 'notes.spoc'), 'not a database');
    const foreign = new Database(path.join(harness.workspaceDir, 'other-app.spoc'));
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    const api = harness.restart();
    // Closing a project may write it (a checkpoint): the files' ages are set once every file is closed.
    const now = Date.now() / 1000;
    for (const [name, age] of [['first.spoc', 30], ['second.spoc', 20], ['notes.spoc', 10]] as const) {
      const file = readdirSync(harness.workspaceDir).find((candidate) => candidate.toLowerCase() === name)!;
      utimesSync(path.join(harness.workspaceDir, file), now - age, now - age);
    }
    const listed = await api.listProjects({});
    expect(listed.map((project) => project.title)).toEqual(['notes', 'Second', 'First']);
    const junk = await callApi(harness.api, 'openProject', { path: listed[0]!.path });
    expect(junk).toMatchObject({ ok: false, error: { code: 'not-a-project', message: expect.stringContaining('notes.spoc') } });
  });

  it('keeps the open project when another one fails to open', async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'Kept', language: 'fr', template: 'blank' });
    writeFileSync(path.join(harness.workspaceDir, 'broken.spoc'), 'garbage');
    const result = await callApi(harness.api, 'openProject', { path: path.join(harness.workspaceDir, 'broken.spoc') });
    expect(result.ok).toBe(false);
    expect((await harness.api.getOutline({})).course.title).toBe('Kept');
  });
});
