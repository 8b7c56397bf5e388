import type { QuizWithQuestions } from '../../shared/api/authoringCalls';
import type { QuestionDraft } from '../../shared/authoring/newQuestionDraft';
import type { Quiz } from '../../shared/model/course';
import type { Id } from '../../shared/model/ids';
import type { SliceCreator } from './appStore';

type QuizPatch = Partial<Omit<Quiz, 'id' | 'capsuleId'>>;

/** A quiz of the course as the assessments list shows it. */
export interface QuizSummary {
  quizId: Id;
  questionCount: number;
}

export interface QuizSlice {
  /** Quizzes by capsule id, as last read from the backend; null until loaded. */
  quizSummaries: Record<Id, QuizSummary> | null;
  /** The capsule whose quiz the editor shows. */
  quizCapsuleId: Id | null;
  /** That capsule's quiz as the backend holds it; null when it has none (or none is chosen). */
  openQuiz: QuizWithQuestions | null;
  loadQuizSummaries(): Promise<void>;
  openCapsuleQuiz(capsuleId: Id): Promise<void>;
  addQuiz(capsuleId: Id, title: string): Promise<boolean>;
  updateQuiz(patch: QuizPatch): Promise<boolean>;
  /** Resolves with the new question's id, or undefined when the backend refused it. */
  addQuestion(question: QuestionDraft, afterQuestionId?: Id): Promise<Id | undefined>;
  updateQuestion(id: Id, question: QuestionDraft): Promise<boolean>;
  moveQuestion(id: Id, toIndex: number): Promise<boolean>;
  duplicateQuestion(id: Id): Promise<Id | undefined>;
  deleteQuestion(id: Id): Promise<boolean>;
  /** Links (or unlinks) an objective to every question of the open quiz, as one undo step. */
  setQuizObjectiveLink(objectiveId: Id, linked: boolean): Promise<boolean>;
}

export const quizDefaults = {
  quizSummaries: null,
  quizCapsuleId: null,
  openQuiz: null,
} satisfies Partial<QuizSlice>;

export const createQuizSlice: SliceCreator<QuizSlice> = (set, get, api) => {
  const reloadOpenQuiz = async (): Promise<void> => {
    const capsuleId = get().quizCapsuleId;
    if (!capsuleId) return;
    await get().loadFresh(
      () => api.getCapsuleQuiz({ capsuleId }),
      (openQuiz) => {
        if (get().quizCapsuleId !== capsuleId) return;
        set((state) => {
          const summaries = { ...(state.quizSummaries ?? {}) };
          if (openQuiz) summaries[capsuleId] = { quizId: openQuiz.quiz.id, questionCount: openQuiz.questions.length };
          else delete summaries[capsuleId];
          return { openQuiz, quizSummaries: summaries };
        });
      },
    );
  };

  /**
   * Writes through the API, then shows what the backend now holds, so the editor never runs ahead of the file;
   * the outline too, since a capsule's time counts the questions its learners answer.
   */
  const edit = async <T>(write: () => Promise<T>): Promise<T | undefined> => {
    const value = await get().saveEdit(write);
    await Promise.all([get().runAction(reloadOpenQuiz), get().loadOutline()]);
    return value;
  };

  const quizId = (): Id | undefined => get().openQuiz?.quiz.id;

  return {
    ...quizDefaults,

    async loadQuizSummaries() {
      await get().runAction(async () => {
        const document = await api.getCourseDocument({});
        const counts = new Map<Id, number>();
        for (const question of document.questions) counts.set(question.quizId, (counts.get(question.quizId) ?? 0) + 1);
        const summaries: Record<Id, QuizSummary> = {};
        for (const quiz of document.quizzes) summaries[quiz.capsuleId] = { quizId: quiz.id, questionCount: counts.get(quiz.id) ?? 0 };
        set({ quizSummaries: summaries });
      });
    },

    async openCapsuleQuiz(capsuleId) {
      set({ quizCapsuleId: capsuleId, openQuiz: null });
      await get().runAction(reloadOpenQuiz);
    },

    async addQuiz(capsuleId, title) {
      if (get().quizCapsuleId !== capsuleId) set({ quizCapsuleId: capsuleId, openQuiz: null });
      return (await edit(() => api.addQuiz({ capsuleId, title }))) !== undefined;
    },

    async updateQuiz(patch) {
      const id = quizId();
      return id !== undefined && (await edit(() => api.updateQuiz({ id, patch }))) !== undefined;
    },

    async addQuestion(question, afterQuestionId) {
      const id = quizId();
      if (id === undefined) return undefined;
      const created = await edit(() => api.addQuestion(afterQuestionId ? { quizId: id, question, afterQuestionId } : { quizId: id, question }));
      return created?.id;
    },

    async updateQuestion(id, question) {
      return (await edit(() => api.updateQuestion({ id, question }))) !== undefined;
    },

    async moveQuestion(id, toIndex) {
      return (await edit(() => api.moveQuestion({ id, toIndex }))) !== undefined;
    },

    async duplicateQuestion(id) {
      return (await edit(() => api.duplicateQuestion({ id })))?.id;
    },

    async deleteQuestion(id) {
      const deleted = (await edit(() => api.deleteQuestion({ id }))) !== undefined;
      if (deleted && get().selection?.id === id) get().select(null);
      return deleted;
    },

    async setQuizObjectiveLink(objectiveId, linked) {
      const id = quizId();
      return id !== undefined && (await edit(() => api.setQuizObjectiveLink({ quizId: id, objectiveId, linked }))) !== undefined;
    },
  };
};
