import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importViolations, roomSourceFiles, type SourceText } from './importRules';

const root = path.resolve(__dirname, '../..');
const file = (filePath: string, text: string): SourceText => ({ path: filePath, text });

let repositoryFiles: SourceText[] | undefined;
const sourceFiles = () => (repositoryFiles ??= roomSourceFiles(root));

describe('room import rules', () => {
  it('hold for every source file of the repository', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(20);
    expect(importViolations(files)).toEqual([]);
  });

  it('catch shared importing Node, Electron, React or another room', () => {
    const violations = importViolations([
      file('shared/model/a.ts', "import { readFileSync } from 'node:fs';"),
      file('shared/model/b.ts', "import path from 'path';"),
      file('shared/model/c.ts', "import { app } from 'electron';"),
      file('shared/model/d.ts', "import { useState } from 'react';"),
      file('shared/model/e.ts', "export { callApi } from '../../electron/services/callApi';"),
      file('shared/model/f.ts', "const x = await import('../../renderer/App');"),
      file('shared/model/g.ts', "import { EditorContent } from '@tiptap/react';"),
    ]);
    expect(violations).toHaveLength(7);
    expect(violations[0]).toMatch(/^shared\/model\/a\.ts: import 'node:fs'/);
  });

  it('let shared import shared and pure packages', () => {
    expect(
      importViolations([
        file('shared/model/a.ts', "import { z } from 'zod';\nimport { IdSchema } from './ids';\nimport type { X } from '../api/contract';\nimport { Node } from '@tiptap/core';"),
      ]),
    ).toEqual([]);
  });

  it('catch the renderer reaching electron/ or Node', () => {
    const violations = importViolations([
      file('renderer/App.tsx', "import { createServices } from '../electron/services/createServices';"),
      file('renderer/api/x.ts', "import { ipcRenderer } from 'electron';"),
      file('renderer/api/y.ts', "import { readFile } from 'node:fs/promises';"),
      file('renderer/api/z.ts', "const db = require('better-sqlite3');"),
    ]);
    expect(violations).toHaveLength(4);
    expect(importViolations([file('renderer/App.tsx', "import { apiContract } from '../shared/api/contract';\nimport { create } from 'zustand';")])).toEqual([]);
  });

  it('catch the services importing electron or the shell rooms', () => {
    const violations = importViolations([
      file('electron/services/a.ts', "import { dialog } from 'electron';"),
      file('electron/services/b.ts', "import { windowOptions } from '../main/windowOptions';"),
      file('electron/services/c.ts', "import type { RunningServer } from '../server/startHttpServer';"),
      file('electron/services/d/e.ts', "import { runCli } from '../../cli/runCli';"),
      file('electron/services/f.ts', "import { x } from '../preload/preload';"),
    ]);
    expect(violations).toHaveLength(5);
    expect(importViolations([file('electron/services/a.ts', "import Database from 'better-sqlite3';\nimport { AppError } from '../../shared/api/appError';")])).toEqual([]);
  });

  it('keep the SCORM player free of packages, even those reached through shared', () => {
    const playerData = file('shared/export/playerData.ts', "import { z } from 'zod';\nexport const PlayerDataSchema = z.object({});");
    const violations = importViolations([
      playerData,
      file('shared/quiz/score.ts', "import type { X } from '../export/playerData';\nimport { PlayerDataSchema } from '../export/playerData';"),
      file('scorm-templates/player/a.ts', "import { score } from '../../shared/quiz/score';"),
      file('scorm-templates/player/b.ts', "import { z } from 'zod';"),
      file('scorm-templates/player/c.ts', "import { type PlayerData, PlayerDataSchema } from '../../shared/export/playerData';"),
      file('scorm-templates/player/d.ts', "import { x } from '../../renderer/x';"),
      file('scorm-templates/player/e.ts', "import { gone } from '../../shared/quiz/missing';"),
    ]);
    expect(violations).toHaveLength(5);
    expect(violations[0]).toMatch(/brings in package zod \(via shared\/export\/playerData\.ts\)/);
  });

  it('let the SCORM player bundle self-contained shared code and take any type from shared', () => {
    expect(
      importViolations([
        file('shared/export/playerData.ts', "import { z } from 'zod';\nexport type PlayerData = {};"),
        file('shared/quiz/score.ts', "import type { PlayerData } from '../export/playerData';\nimport { helper } from './helper';"),
        file('shared/quiz/helper.ts', 'export const helper = 1;'),
        file('scorm-templates/player/a.ts', "import type { PlayerData } from '../../shared/export/playerData';\nimport { score } from '../../shared/quiz/score';"),
        file('scorm-templates/player/b.ts', "import { type PlayerData } from '../../shared/export/playerData';\nimport { boot } from './boot';"),
      ]),
    ).toEqual([]);
  });

  it('keep the preload down to electron and the method list', () => {
    expect(importViolations([file('electron/preload/preload.ts', "import { apiContract } from '../../shared/api/contract';")])).toHaveLength(1);
    expect(importViolations([file('electron/preload/preload.ts', "import { z } from 'zod';")])).toHaveLength(1);
    expect(
      importViolations([file('electron/preload/preload.ts', "import { contextBridge } from 'electron';\nimport { API_METHOD_NAMES } from '../../shared/api/methodNames';")]),
    ).toEqual([]);
  });

  it('keep electron out of the server and the CLI', () => {
    expect(importViolations([file('electron/server/a.ts', "import { app } from 'electron';"), file('electron/cli/b.ts', "import { app } from 'electron';")])).toHaveLength(2);
  });

  it('keep the desktop shell, the browser-mode server and the CLI apart, sharing only electron/shell', () => {
    expect(
      importViolations([
        file('electron/main/a.ts', "import { mimeTypeOf } from '../server/mimeTypeOf';"),
        file('electron/server/b.ts', "import { windowOptions } from '../main/windowOptions';"),
        file('electron/cli/c.ts', "import { serve } from '../server/serve';"),
        file('electron/shell/d.ts', "import { app } from 'electron';"),
        file('electron/shell/e.ts', "import { serve } from '../server/serve';"),
      ]),
    ).toHaveLength(5);
    expect(importViolations([file('electron/main/a.ts', "import { mimeTypeOf } from '../shell/mimeTypeOf';"), file('electron/server/b.ts', "import { mimeTypeOf } from '../shell/mimeTypeOf';")])).toEqual([]);
  });

  it('ignore imports that only appear in comments or strings', () => {
    expect(importViolations([file('shared/a.ts', "// import fs from 'node:fs';\nconst text = \"import fs from 'node:fs'\";")])).toEqual([]);
  });
});

describe('import cycles', () => {
  it('are absent from the repository', () => {
    expect(importCycles(sourceFiles())).toEqual([]);
  });

  it('are found through value imports, whatever their length, and not through type imports', () => {
    const cycles = importCycles([
      file('renderer/app/navigation.ts', "import { checksPlace } from '../features/checks/checksPlace';"),
      file('renderer/features/checks/checksPlace.ts', "import { ChecksView } from './ChecksView';"),
      file('renderer/features/checks/ChecksView.tsx', "import { places } from '../../app/navigation';"),
      file('renderer/features/a.ts', "import type { B } from './b';"),
      file('renderer/features/b.ts', "import { a } from './a';"),
    ]);
    expect(cycles).toEqual([['renderer/app/navigation.ts', 'renderer/features/checks/ChecksView.tsx', 'renderer/features/checks/checksPlace.ts']]);
  });
});

