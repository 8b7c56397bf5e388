import type { BloomLevel, Language } from '../model/course';
import { BLOOM_LEVELS, BLOOM_VERBS } from './bloomVerbs';

/** Verbs that name a state of mind, not something a trainer can observe or assess. */
const VAGUE_VERBS: Record<Language, readonly string[]> = {
  fr: [
    'savoir', 'connaître', 'comprendre', 'apprendre', 'maîtriser', 'découvrir', 'appréhender', 'assimiler',
    'approfondir', 'intégrer', 'prendre conscience', 'être sensibilisé', 'être conscient', 'se familiariser',
    "s'approprier", 'se sensibiliser', 'voir', 'aborder', 'acquérir', 'percevoir', 'croire',
  ],
  en: [
    'know', 'understand', 'learn', 'master', 'discover', 'grasp', 'appreciate', 'be aware', 'become aware',
    'be familiar', 'become familiar', 'familiarise', 'familiarize', 'realise', 'realize', 'believe', 'see', 'cover',
    'get to know', 'be exposed',
  ],
};

/** Openings that carry no action ("être capable de", "learners will be able to"); the verb comes after them. */
const LEAD_INS: Record<Language, readonly RegExp[]> = {
  fr: [
    /^(?:à la fin (?:de ce|du) (?:module|cours|parcours),?\s*)/,
    /^(?:l[ea'’]\s*(?:apprenant|participant|stagiaire)(?:e)?s?\s+(?:sera|seront|doit|doivent|pourra|pourront)\s+)/,
    /^(?:(?:être|etre)\s+(?:capable|en mesure)\s+d[e'’]\s*)/,
    /^(?:capable\s+d[e'’]\s*)/,
  ],
  en: [
    /^(?:by the end of (?:this|the) (?:module|course),?\s*)/,
    /^(?:(?:the\s+)?(?:learners?|participants?|trainees?)\s+(?:will|should|can|must)\s+)/,
    /^(?:be\s+able\s+to\s+)/,
    /^(?:able\s+to\s+)/,
    /^(?:to\s+)/,
  ],
};

/** "Savoir construire…" means "construire…"; "savoir les règles" stays vague. */
const VERB_LEAD_IN: Record<Language, RegExp | null> = { fr: /^(?:savoir|pouvoir)\s+/, en: null };

export type ObjectiveWordingIssue =
  /** Nothing written yet. */
  | { code: 'empty' }
  /** Opens with a verb nobody can observe ("know", "comprendre"). */
  | { code: 'vague-verb'; verb: string }
  /** Two actions joined by "and"/"et": split it so each can be assessed. */
  | { code: 'several-actions'; verbs: string[] };

export interface ObjectiveWording {
  /** The action verb found after any lead-in, as written (lower case); null when none was recognised. */
  verb: string | null;
  /** Bloom level of that verb, when it is in our lists. */
  bloomLevel: BloomLevel | null;
  issues: ObjectiveWordingIssue[];
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
}

function stripLeadIns(text: string, language: Language): string {
  let rest = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const leadIn of LEAD_INS[language]) {
      const next = rest.replace(leadIn, '');
      if (next !== rest) {
        rest = next.trim();
        changed = true;
      }
    }
  }
  return rest;
}

/** The verb (possibly several words, like "mettre en œuvre") `text` opens with, from `verbs`. */
function leadingVerb(text: string, verbs: readonly string[]): string | null {
  let best: string | null = null;
  for (const verb of verbs) {
    const matches = text === verb || text.startsWith(`${verb} `) || text.startsWith(`${verb},`) || (verb.endsWith("'") && text.startsWith(verb));
    if (matches && (best === null || verb.length > best.length)) best = verb;
  }
  return best;
}

function levelOf(verb: string, language: Language): BloomLevel | null {
  return BLOOM_LEVELS.find((level) => BLOOM_VERBS[language][level].includes(verb)) ?? null;
}

const ALL_BLOOM_VERBS = (language: Language): string[] => BLOOM_LEVELS.flatMap((level) => [...BLOOM_VERBS[language][level]]);

/**
 * Reads an objective as a reviewer would: finds its action verb (past "être capable de", "learners will…"),
 * gives its Bloom level, and flags vague verbs and objectives that bundle several actions.
 * Warnings only: the designer decides.
 */
export function checkObjectiveWording(text: string, language: Language): ObjectiveWording {
  const normalised = normalise(text);
  if (normalised === '') return { verb: null, bloomLevel: null, issues: [{ code: 'empty' }] };

  const beforeVerbLeadIn = stripLeadIns(normalised, language);
  const verbLeadIn = VERB_LEAD_IN[language];
  const afterLeadIn = verbLeadIn ? beforeVerbLeadIn.replace(verbLeadIn, '') : beforeVerbLeadIn;
  const issues: ObjectiveWordingIssue[] = [];
  const measurable = leadingVerb(afterLeadIn, ALL_BLOOM_VERBS(language));
  const vague = measurable ? null : (leadingVerb(afterLeadIn, VAGUE_VERBS[language]) ?? leadingVerb(beforeVerbLeadIn, VAGUE_VERBS[language]));
  const verb = measurable ?? vague ?? afterLeadIn.split(' ')[0] ?? null;
  if (vague) issues.push({ code: 'vague-verb', verb: vague });

  const joiner = language === 'fr' ? ' et ' : ' and ';
  const actions = afterLeadIn
    .split(joiner)
    .slice(1)
    .map((part) => leadingVerb(part.trim(), ALL_BLOOM_VERBS(language)))
    .filter((found): found is string => found !== null);
  if (measurable && actions.length > 0) issues.push({ code: 'several-actions', verbs: [measurable, ...actions] });

  return { verb: verb || null, bloomLevel: measurable ? levelOf(measurable, language) : null, issues };
}
