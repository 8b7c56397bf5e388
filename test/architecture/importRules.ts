import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** A source file, its path relative to the repository root with forward slashes. */
export interface SourceText {
  path: string;
  text: string;
}

interface ImportRef {
  specifier: string;
  /** Erased at compile time (import type, all specifiers `type`, import('x').T in a type). */
  typeOnly: boolean;
}

const ROOMS = ['shared', 'renderer', 'electron/services', 'electron/shell', 'electron/main', 'electron/preload', 'electron/server', 'electron/cli', 'scorm-templates'] as const;
type Room = (typeof ROOMS)[number];

function roomOf(filePath: string): Room | null {
  return ROOMS.find((room) => filePath === room || filePath.startsWith(`${room}/`)) ?? null;
}

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0] ?? '');
const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? specifier);

/** Packages that need a DOM, React, Electron or Node: none of them may enter shared. */
const NOT_PURE_PACKAGES = new Set([
  'electron',
  'react',
  'react-dom',
  'react-i18next',
  '@tiptap/react',
  'zustand',
  'better-sqlite3',
  'adm-zip',
  'playwright-core',
  'vite',
  'vitest',
]);
const NODE_ONLY_PACKAGES = new Set(['electron', 'better-sqlite3', 'adm-zip', 'playwright-core']);

function importsOf(file: SourceText): ImportRef[] {
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedAreTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      refs.push({ specifier: node.moduleSpecifier.text, typeOnly: clause?.isTypeOnly === true || allNamedAreTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) refs.push({ specifier: expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      refs.push({ specifier: node.argument.literal.text, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0] as ts.Node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) refs.push({ specifier: (node.arguments[0] as ts.StringLiteralLike).text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** The file a relative specifier names among files (TS extensions and index files tried). */
function resolveFile(files: ReadonlyMap<string, SourceText>, target: string): SourceText | undefined {
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) {
    const found = files.get(candidate);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first package or missing file that a shared module drags into a bundle at run time, following
 * its value imports (type imports are erased); null when the module is self-contained TypeScript.
 */
function runtimeDependencyOf(files: ReadonlyMap<string, SourceText>, modulePath: string, seen = new Set<string>()): string | null {
  const file = resolveFile(files, modulePath);
  if (!file) return `${modulePath} (not found)`;
  if (seen.has(file.path)) return null;
  seen.add(file.path);
  for (const ref of importsOf(file)) {
    if (ref.typeOnly) continue;
    if (!ref.specifier.startsWith('.')) return `package ${ref.specifier} (via ${file.path})`;
    const next = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), ref.specifier));
    const found = runtimeDependencyOf(files, next, seen);
    if (found) return found;
  }
  return null;
}

/** Why an import breaks the room rules (README, "Architecture in a paragraph"), or null when it is allowed. */
function ruleBroken(files: ReadonlyMap<string, SourceText>, from: Room, fromPath: string, ref: ImportRef): string | null {
  const relative = ref.specifier.startsWith('.');
  const target = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), ref.specifier)) : null;
  const targetRoom = target === null ? null : roomOf(target);
  const pkg = relative ? null : packageName(ref.specifier);

  switch (from) {
    case 'shared':
      if (relative && targetRoom !== 'shared') return 'shared imports only shared';
      if (!relative && isNodeBuiltin(ref.specifier)) return 'shared is pure TypeScript: no Node modules';
      if (pkg && NOT_PURE_PACKAGES.has(pkg)) return `shared is pure TypeScript: no ${pkg}`;
      return null;
    case 'renderer':
      if (relative && targetRoom !== 'renderer' && targetRoom !== 'shared') return 'renderer imports only shared (the backend is reached through renderer/api)';
      if (!relative && isNodeBuiltin(ref.specifier)) return 'renderer runs in the page: no Node modules';
      if (pkg && NODE_ONLY_PACKAGES.has(pkg)) return `renderer runs in the page: no ${pkg}`;
      return null;
    case 'electron/services':
      if (pkg === 'electron') return 'services never import electron (they also run in the CLI, the server and tests)';
      if (relative && targetRoom !== 'electron/services' && targetRoom !== 'shared') return 'services import only shared';
      return null;
    case 'electron/preload':
      if (pkg !== null && pkg !== 'electron') return 'the sandboxed preload imports only electron, the method list and the desktop channels';
      if (relative && target !== 'shared/api/methodNames' && target !== 'shared/api/desktopChannels') {
        return 'the sandboxed preload imports only shared/api/methodNames and shared/api/desktopChannels';
      }
      return null;
    case 'electron/shell':
      if (pkg === 'electron') return 'the shell helpers serve the desktop app and browser mode alike: no electron';
      if (relative && targetRoom !== 'electron/shell' && targetRoom !== 'electron/services' && targetRoom !== 'shared') return 'the shell helpers import only services and shared';
      return null;
    case 'electron/main':
    case 'electron/server':
    case 'electron/cli':
      if (relative && (targetRoom === 'renderer' || targetRoom === 'scorm-templates')) return `${from} imports only services, shared and the shell`;
      if (relative && targetRoom !== from && (targetRoom === 'electron/main' || targetRoom === 'electron/server' || targetRoom === 'electron/cli')) {
        return `${from} does not import ${targetRoom}: what both use belongs in electron/shell`;
      }
      if (from !== 'electron/main' && pkg === 'electron') return `${from} runs without Electron`;
      return null;
    case 'scorm-templates':
      if (!relative) return 'the SCORM player is dependency-free';
      if (targetRoom === 'scorm-templates') return null;
      if (targetRoom !== 'shared' || target === null) return 'the SCORM player imports only itself and shared';
      if (ref.typeOnly) return null;
      {
        // Pure shared code (scoring, player strings) may be bundled in, as long as it brings no package along.
        const dependency = runtimeDependencyOf(files, target);
        return dependency ? `the SCORM player is dependency-free, but this brings in ${dependency}` : null;
      }
  }
}

/** Every import that breaks a room rule, as "file: import 'x' — reason". */
export function importViolations(files: readonly SourceText[]): string[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const violations: string[] = [];
  for (const file of files) {
    const room = roomOf(file.path);
    if (room === null) continue;
    for (const ref of importsOf(file)) {
      const reason = ruleBroken(byPath, room, file.path, ref);
      if (reason) violations.push(`${file.path}: import '${ref.specifier}' — ${reason}`);
    }
  }
  return violations;
}

/** The .ts and .tsx files of every room, read from rootDir. */
export function roomSourceFiles(rootDir: string): SourceText[] {
  const files: SourceText[] = [];
  const walk = (relativeDir: string) => {
    for (const entry of readdirSync(path.join(rootDir, relativeDir), { withFileTypes: true })) {
      const relativePath = path.posix.join(relativeDir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(relativePath);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push({ path: relativePath, text: readFileSync(path.join(rootDir, relativePath), 'utf8') });
      }
    }
  };
  for (const room of ['shared', 'renderer', 'electron', 'scorm-templates']) walk(room);
  return files;
}

/**
 * Groups of files that import one another in a loop at run time (type imports are erased), each
 * sorted; relative imports only. A loop makes load order matter: a module can see another half-made.
 */
export function importCycles(files: readonly SourceText[]): string[][] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const ref of importsOf(file)) {
      if (ref.typeOnly || !ref.specifier.startsWith('.')) continue;
      const target = resolveFile(byPath, path.posix.normalize(path.posix.join(path.posix.dirname(file.path), ref.specifier)));
      if (target) targets.push(target.path);
    }
    edges.set(file.path, targets);
  }
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (edges.get(node) ?? []).includes(node)) cycles.push(group.sort());
  };
  for (const file of files) if (!index.has(file.path)) visit(file.path);
  return cycles;
}

