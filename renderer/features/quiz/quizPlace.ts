import type { PlaceEntry } from '../../app/navigation';
import { lazyView } from '../../app/lazyView';

export const quizPlace: PlaceEntry = { id: 'quiz', labelKey: 'quiz:place', icon: 'assessment', View: lazyView(() => import('./QuizView'), 'QuizView') };
