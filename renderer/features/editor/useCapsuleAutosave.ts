import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { useEffect, useRef } from 'react';
import type { Id } from '../../../shared/model/ids';
import type { RichTextDoc } from '../../../shared/model/richText';
import { useAppStore } from '../../state/useAppStore';
import { createDebouncedSave } from '../../ui/createDebouncedSave';
import { AUTOSAVE_DELAY_MS } from './autosaveDelay';


/**
 * Writes the editor's JSON (never HTML) shortly after each change, and at once when the editor loses
 * focus, the page is hidden or the capsule is closed. The top bar reads "saving" from the first
 * unsaved change until the file holds it, so "saved" is never shown over unsaved text.
 */
export function useCapsuleAutosave(editor: Editor | null, capsuleId: Id, onWrite: (doc: RichTextDoc) => void): void {
  const writeCapsuleContent = useAppStore((state) => state.writeCapsuleContent);
  const saveEdit = useAppStore((state) => state.saveEdit);
  const onWriteRef = useRef(onWrite);
  onWriteRef.current = onWrite;

  useEffect(() => {
    if (!editor) return;
    let readDoc = () => editor.getJSON() as RichTextDoc;
    let batch: { resolve(): void; reject(error: unknown): void } | null = null;
    const saver = createDebouncedSave({
      delayMs: AUTOSAVE_DELAY_MS,
      read: () => readDoc(),
      async write(doc) {
        onWriteRef.current(doc);
        await writeCapsuleContent(capsuleId, doc);
      },
      onStateChange(state, error) {
        if ((state === 'pending' || state === 'saving') && !batch) {
          void saveEdit(() => new Promise<void>((resolve, reject) => (batch = { resolve, reject })));
        } else if (state === 'saved') {
          batch?.resolve();
          batch = null;
        } else if (state === 'failed') {
          batch?.reject(error);
          batch = null;
        }
      },
    });
    // Only the designer's edits count: a plugin's fix-up (the trailing paragraph added on first focus) is not a change to save.
    const changed = ({ transaction }: { transaction: Transaction }) => {
      if (transaction.docChanged) saver.changed();
    };
    const flush = () => void saver.flush().catch(() => undefined);
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    editor.on('update', changed);
    editor.on('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      editor.off('update', changed);
      editor.off('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      saver.dispose();
      if (saver.state === 'saved') return;
      // The editor is destroyed right after this: keep its last content for the final write.
      const last = editor.getJSON() as RichTextDoc;
      readDoc = () => last;
      flush();
    };
  }, [editor, capsuleId, writeCapsuleContent, saveEdit]);
}
