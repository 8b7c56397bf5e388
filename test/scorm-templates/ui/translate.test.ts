import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../scorm-templates/player/ui/translate';

describe('player strings', () => {
  it('count real plurals per language: French 0 and 1 are singular, English 1 only', () => {
    const fr = createTranslator('fr');
    const en = createTranslator('en');
    expect(fr('quizzesPassed', { count: 0, total: 2 })).toBe('0 quiz réussi sur 2');
    expect(fr('quizzesPassed', { count: 2, total: 2 })).toBe('2 quiz réussis sur 2');
    expect(fr('capsulesSeen', { count: 1, total: 12 })).toBe('1 capsule vue sur 12');
    expect(fr('capsulesSeen', { count: 12, total: 15 })).toBe('12 capsules vues sur 15');
    expect(en('quizzesPassed', { count: 1, total: 2 })).toBe('1 of 2 quizzes passed');
    expect(en('capsulesSeen', { count: 0, total: 2 })).toBe('0 of 2 capsules viewed');
  });
});
