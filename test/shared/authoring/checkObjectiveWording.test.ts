import { describe, expect, it } from 'vitest';
import { suggestVerbs } from '../../../shared/authoring/bloomVerbs';
import { checkObjectiveWording } from '../../../shared/authoring/checkObjectiveWording';

describe('checkObjectiveWording', () => {
  it('finds the measurable verb behind "savoir" and gives its Bloom level', () => {
    const wording = checkObjectiveWording("Savoir construire une grille d'évaluation", 'fr');
    expect(wording).toEqual({ verb: 'construire', bloomLevel: 'create', issues: [] });
  });

  it('reads past "être capable de" and "learners will be able to"', () => {
    expect(checkObjectiveWording('Être capable de conduire un entretien de recadrage', 'fr').bloomLevel).toBe('apply');
    expect(checkObjectiveWording('Learners will be able to compare two CRM pipelines', 'en')).toMatchObject({
      verb: 'compare',
      bloomLevel: 'analyze',
      issues: [],
    });
  });

  it('matches verbs of several words', () => {
    expect(checkObjectiveWording('Mettre en œuvre la procédure de sauvegarde', 'fr').verb).toBe('mettre en œuvre');
    expect(checkObjectiveWording('Carry out a phishing drill', 'en').verb).toBe('carry out');
  });

  it('warns on vague verbs in French and English', () => {
    expect(checkObjectiveWording('Comprendre le rôle du manager', 'fr').issues).toEqual([{ code: 'vague-verb', verb: 'comprendre' }]);
    expect(checkObjectiveWording('Connaître les règles de sécurité', 'fr').issues).toEqual([{ code: 'vague-verb', verb: 'connaître' }]);
    expect(checkObjectiveWording('Savoir les bonnes pratiques', 'fr').issues).toEqual([{ code: 'vague-verb', verb: 'savoir' }]);
    expect(checkObjectiveWording('Understand phishing', 'en').issues).toEqual([{ code: 'vague-verb', verb: 'understand' }]);
    expect(checkObjectiveWording('Be aware of the risks', 'en').issues).toEqual([{ code: 'vague-verb', verb: 'be aware' }]);
    expect(checkObjectiveWording("L'apprenant sera capable de comprendre un bilan", 'fr').issues[0]).toEqual({ code: 'vague-verb', verb: 'comprendre' });
  });

  it('does not mistake a word that merely starts like a vague verb', () => {
    expect(checkObjectiveWording('Seeing is not a verb we list', 'en').issues).toEqual([]);
  });

  it('flags an objective that bundles two actions', () => {
    expect(checkObjectiveWording('Analyser un conflit et proposer une médiation', 'fr').issues).toEqual([
      { code: 'several-actions', verbs: ['analyser', 'proposer'] },
    ]);
  });

  it('reports an empty objective instead of guessing', () => {
    expect(checkObjectiveWording('   ', 'fr')).toEqual({ verb: null, bloomLevel: null, issues: [{ code: 'empty' }] });
  });

  it('ignores case, curly apostrophes and extra spaces', () => {
    expect(checkObjectiveWording('  ÉVALUER   la   situation ', 'fr').bloomLevel).toBe('evaluate');
    expect(checkObjectiveWording("S’approprier l’outil", 'fr').issues).toEqual([{ code: 'vague-verb', verb: "s'approprier" }]);
  });
});

describe('suggestVerbs', () => {
  it('offers measurable verbs of the requested level and language, never vague ones', () => {
    const french = suggestVerbs('understand', 'fr');
    expect(french).toContain('expliquer');
    expect(french).not.toContain('comprendre');
    expect(suggestVerbs('create', 'en', 3)).toEqual(['design', 'build', 'develop']);
    for (const verb of suggestVerbs('remember', 'en', 50)) expect(checkObjectiveWording(`${verb} the steps`, 'en').bloomLevel).toBe('remember');
  });
});
