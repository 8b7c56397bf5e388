import type { PlayerQuestion } from '../../../shared/export/playerData';

const base = { prompt: 'Q', points: 2, feedbackCorrect: '', feedbackIncorrect: '', objectiveIds: [] };
const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** One question of every type, with known right answers, for scoring and reporting tests. */
export const questionsByType = {
  single: {
    ...base, id: id(1), type: 'single-choice',
    options: [
      { id: id(11), text: 'A', correct: false, feedback: '' },
      { id: id(12), text: 'B', correct: true, feedback: '' },
      { id: id(13), text: 'C', correct: false, feedback: '' },
    ],
  },
  multiple: {
    ...base, id: id(2), type: 'multiple-choice',
    options: [
      { id: id(21), text: 'A', correct: true, feedback: '' },
      { id: id(22), text: 'B', correct: false, feedback: '' },
      { id: id(23), text: 'C', correct: true, feedback: '' },
    ],
  },
  trueFalse: { ...base, id: id(3), type: 'true-false', answer: false },
  fillIn: { ...base, id: id(4), type: 'fill-in', acceptedAnswers: ['écoute active', 'reformulation'], caseSensitive: false },
  matching: {
    ...base, id: id(5), type: 'matching',
    pairs: [
      { id: id(51), left: 'Briefing', right: 'Début de poste' },
      { id: id(52), left: 'Recadrage', right: 'Entretien individuel' },
      { id: id(53), left: 'Bilan', right: 'Fin de projet' },
    ],
  },
  ordering: {
    ...base, id: id(6), type: 'ordering',
    items: [{ id: id(61), text: 'Écouter' }, { id: id(62), text: 'Reformuler' }, { id: id(63), text: 'Proposer' }],
  },
  numeric: { ...base, id: id(7), type: 'numeric', answer: 7, tolerance: 0.5 },
  cloze: { ...base, id: id(8), type: 'cloze', text: 'Le manager [écoute|écoute active], puis il [reformule|résume].', caseSensitive: false, accentSensitive: true },
} satisfies Record<string, PlayerQuestion>;
