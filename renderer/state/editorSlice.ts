import type { MediaLibraryItem } from '../../shared/api/authoringCalls';
import type { CapsulePatch } from '../../shared/api/outlineCalls';
import { withCapsuleMinutes } from '../../shared/authoring/outlineMinutes';
import type { Capsule } from '../../shared/model/course';
import { capsuleMinutes } from '../../shared/model/durations';
import type { Id } from '../../shared/model/ids';
import type { RichTextDoc } from '../../shared/model/richText';
import { answeredQuestionCount } from '../../shared/quiz/answeredQuestions';
import type { SliceCreator } from './appStore';

/** The place id of the capsule editor (registered in renderer/app/navigation.ts). */
export const EDITOR_PLACE = 'capsule-editor';

export interface EditorSlice {
  /** The capsule open in the editor as last saved; null while it loads or when none is open. */
  editingCapsule: Capsule | null;
  /** Bumped when the open capsule's content changed outside the editor (project undo), so the editor restarts from it. */
  editingRevision: number;
  /** Questions of the open capsule's quiz, which count in its estimated time. */
  editingQuestionCount: number;
  /** The media library as last listed; null until loaded. */
  mediaLibrary: MediaLibraryItem[] | null;
  /** Shows the capsule in the editor (centre) and its properties (right). */
  openCapsuleEditor(id: Id): Promise<void>;
  /** Stores the editor's JSON for a capsule; throws when the backend refuses it (the autosave shows and retries). */
  writeCapsuleContent(id: Id, content: RichTextDoc): Promise<void>;
  /** Changes the open capsule's properties (e.g. its duration override) and shows what the backend kept. */
  updateEditingCapsule(patch: CapsulePatch): Promise<void>;
  /** Rereads the open capsule after a change made elsewhere (undo/redo across the project) and shows it. */
  reloadEditingCapsule(): Promise<void>;
  loadMediaLibrary(): Promise<void>;
}

export const editorDefaults = { editingCapsule: null, editingRevision: 0, editingQuestionCount: 0, mediaLibrary: null } satisfies Partial<EditorSlice>;

export const createEditorSlice: SliceCreator<EditorSlice> = (set, get, api) => ({
  ...editorDefaults,

  async openCapsuleEditor(id) {
    // The media list is read again per capsule, so files imported meanwhile can be picked.
    set({ place: EDITOR_PLACE, selection: { kind: 'capsule', id }, editingCapsule: null, editingQuestionCount: 0, mediaLibrary: null });
    await get().runAction(async () => {
      const [capsule, quiz] = await Promise.all([api.getCapsule({ id }), api.getCapsuleQuiz({ capsuleId: id })]);
      // The designer may have moved on to another capsule while this one loaded.
      if (get().selection?.id !== id || get().place !== EDITOR_PLACE) return;
      set({ editingCapsule: capsule, editingQuestionCount: quiz ? answeredQuestionCount(quiz.quiz, quiz.questions.length) : 0 });
    });
  },

  async writeCapsuleContent(id, content) {
    const saved = await api.saveCapsuleContent({ id, content });
    // The outline shows the capsule's new estimated time: only that entry and its totals change,
    // so they are updated here rather than by reading the whole outline again after every pause.
    // One store update for both, so the views re-render once per save.
    set((state) => ({
      ...(state.editingCapsule?.id === id ? { editingCapsule: saved } : {}),
      ...(state.outline ? { outline: withCapsuleMinutes(state.outline, id, capsuleMinutes(saved, state.editingQuestionCount)) } : {}),
    }));
  },

  async updateEditingCapsule(patch) {
    const id = get().editingCapsule?.id;
    if (!id) return;
    const saved = await get().saveEdit(() => api.updateCapsule({ id, patch }));
    if (saved && get().editingCapsule?.id === id) set({ editingCapsule: saved });
    await get().loadOutline();
  },

  async reloadEditingCapsule() {
    const id = get().editingCapsule?.id;
    if (!id) return;
    const capsule = await get().runAction(() => api.getCapsule({ id }));
    if (capsule && get().editingCapsule?.id === id) set((state) => ({ editingCapsule: capsule, editingRevision: state.editingRevision + 1 }));
  },

  async loadMediaLibrary() {
    await get().runAction(async () => set({ mediaLibrary: await api.listMediaLibrary({}) }));
  },
});
