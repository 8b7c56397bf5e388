import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenu, type MenuActions } from '../../../electron/main/applicationMenu';
import { menuLanguage } from '../../../electron/main/menuLanguage';

const actions = (): MenuActions => ({
  newProject: vi.fn(),
  openProject: vi.fn(),
  openSample: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  closeProject: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  about: vi.fn(),
});

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]).filter(Boolean);
}

function itemById(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const found = Array.isArray(item.submenu) ? itemById(item.submenu, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

const linux = { platform: 'linux' as const, isPackaged: true, recentProjects: [] };

describe('applicationMenu', () => {
  it('is in French on a French system', () => {
    const all = labels(applicationMenu('fr', actions(), linux));
    expect(all).toEqual(expect.arrayContaining(['Fichier', 'Ouvrir un projet…', 'Édition', 'Annuler', 'Affichage', 'Aide']));
    expect(all).not.toContain('File');
  });

  it('is in English otherwise', () => {
    const all = labels(applicationMenu('en', actions(), linux));
    expect(all).toEqual(expect.arrayContaining(['File', 'Open project…', 'Edit', 'Undo', 'View', 'Help']));
    expect(all).not.toContain('Fichier');
  });

  it('runs the matching action from each File item', () => {
    const wired = actions();
    const template = applicationMenu('fr', wired, linux);
    const click = (id: string) => (itemById(template, id)?.click as () => void)();
    click('new-project');
    click('open-project');
    click('open-sample');
    click('close-project');
    click('undo');
    click('redo');
    click('about');
    for (const [name, action] of Object.entries(wired)) {
      if (name !== 'openRecent' && name !== 'clearRecent') expect(action, name).toHaveBeenCalledTimes(1);
    }
    expect(itemById(template, 'open-project')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('offers developer tools only in unpackaged builds', () => {
    const roles = (isPackaged: boolean) =>
      JSON.stringify(applicationMenu('en', actions(), { ...linux, isPackaged }).map((item) => item.submenu));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('adds the app menu on macOS and keeps Quit there', () => {
    const template = applicationMenu('fr', actions(), { ...linux, platform: 'darwin' });
    expect(template[0]?.label).toBe('SPOC Studio');
    expect(labels([template[0] ?? {}])).toContain('Quitter SPOC Studio');
    expect(labels([template[1] ?? {}])).not.toContain('Quitter SPOC Studio');
  });
});

describe('Open recent', () => {
  const recentProjects = [
    { path: '/home/ana/optimanager.spoc', title: 'OPTIMANAGER' },
    { path: '/home/ana/agilecom.spoc', title: 'AGILECOM' },
  ];

  it('lists recent projects newest first and opens the one chosen', () => {
    const wired = actions();
    const template = applicationMenu('fr', wired, { ...linux, recentProjects });
    const submenu = itemById(template, 'open-recent')?.submenu as MenuItemConstructorOptions[];
    expect(itemById(template, 'open-recent')?.label).toBe('Ouvrir un projet récent');
    expect(submenu[0]?.label).toBe('OPTIMANAGER — /home/ana/optimanager.spoc');
    (itemById(template, 'open-recent-1')?.click as () => void)();
    expect(wired.openRecent).toHaveBeenCalledWith('/home/ana/agilecom.spoc');
    (itemById(template, 'clear-recent')?.click as () => void)();
    expect(wired.clearRecent).toHaveBeenCalledTimes(1);
  });

  it('says so when there is none', () => {
    const submenu = itemById(applicationMenu('en', actions(), linux), 'open-recent')?.submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ label: 'No recent projects', enabled: false }]);
  });
});

describe('Edit menu', () => {
  it('routes Undo and Redo to the window rather than to the text-only built-in roles', () => {
    const template = applicationMenu('en', actions(), linux);
    for (const id of ['undo', 'redo']) {
      expect(itemById(template, id)?.role, id).toBeUndefined();
      expect(itemById(template, id)?.accelerator, id).toMatch(/^CmdOrCtrl\+/);
    }
  });
});

describe('menuLanguage', () => {
  it('picks French for any French locale and English for the rest', () => {
    expect(menuLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(menuLanguage(['fr'])).toBe('fr');
    expect(menuLanguage(['fr-CA'])).toBe('fr');
    expect(menuLanguage(['en-US', 'fr-FR'])).toBe('en');
    expect(menuLanguage(['de-DE'])).toBe('en');
    expect(menuLanguage(['fri'])).toBe('en');
    expect(menuLanguage([])).toBe('en');
  });
});
