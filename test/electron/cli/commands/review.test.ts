import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorText } from '../../../../shared/api/appError';
import { runCli } from '../../../../electron/cli/runCli';
import { cliInTempDir } from '../cliHarness';
import { openReviewFixture, reviewFileOf, sampleTargets } from '../../services/review/reviewFixture';

describe('spoc review', () => {
  let fixture: Awaited<ReturnType<typeof openReviewFixture>>;
  let cli: ReturnType<typeof cliInTempDir>;
  let projectPath: string;
  let review: string;

  beforeEach(async () => {
    fixture = await openReviewFixture();
    const doc = await fixture.doc();
    const round = await fixture.call('startReviewRound', { name: 'Premier jet', deadline: '2027-01-15', moduleIds: null, showAnswers: true, language: 'fr' });
    const { capsule } = sampleTargets(doc);
    review = JSON.stringify(reviewFileOf(doc, round, 'Claire', [{ anchor: { kind: 'capsule', capsuleId: capsule.id }, text: 'Trop long.' }], [{ moduleId: doc.modules[0]!.id, decision: 'changes-requested' }]));
    projectPath = (await fixture.call('getSession', {})).project!.path;
    await fixture.call('closeProject', {});
    cli = cliInTempDir();
  });
  afterEach(() => {
    fixture.harness.cleanup();
    rmSync(cli.cwd, { recursive: true, force: true });
  });

  it('writes the latest round\'s pack, imports reviews once, and reports the status', async () => {
    const packed = await cli.spoc('review', 'pack', projectPath, '-o', 'pack.html');
    expect(packed).toMatchObject({ code: 0, stderr: '' });
    expect(packed.stdout).toMatch(/^Wrote the review pack of round 1 to .*pack\.html \(\d+ kB\)\.$/);
    expect(readFileSync(path.join(cli.cwd, 'pack.html'), 'utf8')).toContain("default-src 'none'");

    writeFileSync(path.join(cli.cwd, 'claire.spocreview'), review);
    const imported = await cli.spoc('review', 'import', projectPath, 'claire.spocreview');
    expect(imported).toMatchObject({ code: 0, stdout: 'claire.spocreview: round 1, Claire: 1 new, 0 updated, 0 unchanged comment, 1 sign-off recorded.' });
    const again = await cli.spoc('review', 'import', projectPath, 'claire.spocreview');
    expect(again.stdout).toBe('claire.spocreview: round 1, Claire: 0 new, 0 updated, 1 unchanged comment, 0 sign-offs recorded.');

    const status = await cli.spoc('review', 'status', projectPath);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/Round 1: Premier jet \(received, due Friday,? 15 January 2027\)/);
    expect(status.stdout).toContain('  comments: 1 open, 0 answered, 0 resolved — from Claire');
    expect(status.stdout).toMatch(/^ {2}Le rôle du manager: changes-requested by Claire$/m);
  });

  it('refuses a 50 MB file without reading it, a broken one, and an unknown round number', async () => {
    writeFileSync(path.join(cli.cwd, 'huge.spocreview'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    writeFileSync(path.join(cli.cwd, 'broken.spocreview'), '{"format":');
    const result = await cli.spoc('review', 'import', projectPath, 'huge.spocreview', 'broken.spocreview');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('huge.spocreview: refused: "huge.spocreview" is larger than 5 MB');
    expect(result.stderr).toContain('broken.spocreview: refused: "broken.spocreview" is not a review file (it is not valid JSON)');

    // A French locale reads the refusals in French, those found before the import and those the import makes.
    const err: string[] = [];
    const code = await runCli(['review', 'import', projectPath, 'huge.spocreview', 'broken.spocreview'], { out: () => {}, err: (text) => err.push(text), cwd: cli.cwd, language: 'fr' });
    expect(code).toBe(1);
    expect(err).toEqual([
      `huge.spocreview: refused: ${errorText('fr', 'reviewFileTooLarge', { file: 'huge.spocreview', megabytes: 5 })}`,
      `broken.spocreview: refused: ${errorText('fr', 'reviewFileNotJson', { file: 'broken.spocreview' })}`,
    ]);
    expect(err[1]).toContain('n’est pas un fichier de relecture (ce n’est pas du JSON valide)');

    const packed = await cli.spoc('review', 'pack', projectPath, '--round', '4', '-o', 'pack.html');
    expect(packed).toMatchObject({ code: 1, stderr: expect.stringContaining('has no review round 4; its rounds: 1.') });
    expect((await cli.spoc('review', 'pack', projectPath)).code).toBe(2);
  });
});
