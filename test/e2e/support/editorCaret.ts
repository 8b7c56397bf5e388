import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TiptapEditorHTMLElement } from '@tiptap/core';

/**
 * Waits until the capsule editor has read the caret the browser shows. Chromium reports a caret
 * moved by a click, Home or End with a `selectionchange` event that comes later (on a busy machine,
 * after the next key), and ProseMirror runs Enter or an insertion at the caret it last read: a key
 * pressed before that event acts at the previous place (the second block went inside the first).
 */
export async function waitForEditorCaret(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const editor = document.querySelector<TiptapEditorHTMLElement>('[data-testid="capsule-content"]')?.editor;
        const caret = document.getSelection();
        if (!editor || !caret?.anchorNode || !editor.view.dom.contains(caret.anchorNode)) return false;
        return editor.state.selection.anchor === editor.view.posAtDOM(caret.anchorNode, caret.anchorOffset);
      }),
    )
    .toBe(true);
}
