import type { BloomLevel, Language } from '../model/course';

/**
 * Measurable action verbs by Bloom level, in the infinitive, as designers write objectives
 * ("Construire une grille d'évaluation"). The first verbs of each list are the ones suggested first.
 */
export const BLOOM_VERBS: Record<Language, Record<BloomLevel, readonly string[]>> = {
  fr: {
    remember: ['citer', 'nommer', 'lister', 'définir', 'reconnaître', 'identifier', 'énumérer', 'repérer', 'rappeler', 'restituer'],
    understand: ['expliquer', 'reformuler', 'résumer', 'illustrer', 'décrire', 'classer', 'distinguer', 'interpréter', 'différencier', 'situer'],
    apply: ['appliquer', 'utiliser', 'mettre en œuvre', 'réaliser', 'calculer', 'conduire', 'animer', 'exécuter', 'rédiger', 'paramétrer', 'mener', 'préparer'],
    analyze: ['analyser', 'comparer', 'diagnostiquer', 'examiner', 'décomposer', 'catégoriser', 'hiérarchiser', 'déduire', 'questionner'],
    evaluate: ['évaluer', 'justifier', 'argumenter', 'critiquer', 'choisir', 'arbitrer', 'juger', 'prioriser', 'recommander', 'valider', 'contrôler'],
    create: ['concevoir', 'construire', 'élaborer', 'créer', 'planifier', 'produire', 'proposer', 'organiser', 'formuler', 'structurer', 'imaginer'],
  },
  en: {
    remember: ['list', 'name', 'define', 'recall', 'identify', 'recognise', 'recognize', 'state', 'label', 'locate'],
    understand: ['explain', 'summarise', 'summarize', 'describe', 'paraphrase', 'illustrate', 'classify', 'distinguish', 'interpret', 'discuss'],
    apply: ['apply', 'use', 'carry out', 'perform', 'calculate', 'conduct', 'run', 'implement', 'write', 'configure', 'demonstrate', 'prepare'],
    analyze: ['analyse', 'analyze', 'compare', 'diagnose', 'examine', 'break down', 'categorise', 'categorize', 'prioritise', 'prioritize', 'infer'],
    evaluate: ['evaluate', 'assess', 'justify', 'argue', 'critique', 'choose', 'decide', 'judge', 'recommend', 'validate', 'check'],
    create: ['design', 'build', 'develop', 'create', 'plan', 'produce', 'propose', 'organise', 'organize', 'formulate', 'draft', 'compose'],
  },
};

/** Bloom levels from the lowest to the highest order of thinking. */
export const BLOOM_LEVELS: readonly BloomLevel[] = ['remember', 'understand', 'apply', 'analyze', 'evaluate', 'create'];

/** Verbs to offer for a level, in the course's language, at most `limit` of them. */
export function suggestVerbs(level: BloomLevel, language: Language, limit = 8): string[] {
  return BLOOM_VERBS[language][level].slice(0, limit);
}
