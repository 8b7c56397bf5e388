import type { PlaceEntry } from '../../app/navigation';
import { QuizView } from './QuizView';

export const quizPlace: PlaceEntry = { id: 'quiz', labelKey: 'quiz:place', icon: 'assessment', View: QuizView };
