import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TiptapEditorHTMLElement } from '@tiptap/core';

/**
 * Presses a key that moves the caret in the capsule editor (Home, End, Ctrl+End…) and waits until the
 * editor has read where it went. Chromium reports a caret moved by a key or a click with a
 * `selectionchange` event that comes later (on a busy machine, after the next key), and ProseMirror
 * runs Enter or an insertion at the caret it last read: a key pressed before that event acts at the
 * previous place (the second block went inside the first). Done when an event has reported the caret
 * where it is now, or when the editor's selection already is where the browser shows it.
 */
export async function moveEditorCaret(page: Page, key: string): Promise<void> {
  await page.evaluate(() => {
    const seen = window as unknown as { spocReportedCaret?: [Node | null, number] | null; spocWatchingCaret?: boolean };
    seen.spocReportedCaret = null;
    if (seen.spocWatchingCaret) return;
    seen.spocWatchingCaret = true;
    document.addEventListener('selectionchange', () => {
      const caret = document.getSelection();
      const reported: [Node | null, number] = [caret?.anchorNode ?? null, caret?.anchorOffset ?? 0];
      // After every listener of this event, the editor's included (it re-adds its own as it works).
      setTimeout(() => (seen.spocReportedCaret = reported));
    });
  });
  await page.keyboard.press(key);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const caret = document.getSelection();
        const reported = (window as unknown as { spocReportedCaret?: [Node | null, number] | null }).spocReportedCaret;
        if (reported && reported[0] === caret?.anchorNode && reported[1] === caret?.anchorOffset) return true;
        const editor = document.querySelector<TiptapEditorHTMLElement>('[data-testid="capsule-content"]')?.editor;
        if (!editor || !caret?.anchorNode || !editor.view.dom.contains(caret.anchorNode)) return false;
        return editor.state.selection.anchor === editor.view.posAtDOM(caret.anchorNode, caret.anchorOffset);
      }),
    )
    .toBe(true);
}
