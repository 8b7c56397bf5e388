import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPlayerAssets } from '../conformance/support/buildPlayerAssets';

// Every package ships the player; learners on slow links load it before any content.
const GZIPPED_BUDGET_BYTES = 30_000;

describe('the player shipped in every package', () => {
  it('stays under 30 KB gzipped, script and style together', async () => {
    const { script, style } = await buildPlayerAssets();
    const gzipped = gzipSync(script, { level: 9 }).length + gzipSync(style, { level: 9 }).length;
    expect(gzipped).toBeLessThan(GZIPPED_BUDGET_BYTES);
  });
});
