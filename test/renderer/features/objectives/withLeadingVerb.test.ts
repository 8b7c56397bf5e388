import { describe, expect, it } from 'vitest';
import { withLeadingVerb } from '../../../../renderer/features/objectives/withLeadingVerb';

describe('withLeadingVerb', () => {
  it('starts an empty objective with the verb, ready to type what follows', () => {
    expect(withLeadingVerb('', 'conduire', null)).toBe('Conduire ');
  });

  it('replaces the verb the objective opens with', () => {
    expect(withLeadingVerb('Connaître les règles du RGPD', 'appliquer', 'connaître')).toBe('Appliquer les règles du RGPD');
    expect(withLeadingVerb('mettre en œuvre un plan', 'construire', 'mettre en œuvre')).toBe('Construire un plan');
  });

  it('puts the verb in front of text that opens with no known verb', () => {
    expect(withLeadingVerb('Les règles du RGPD', 'expliquer', null)).toBe('Expliquer les règles du RGPD');
  });
});
