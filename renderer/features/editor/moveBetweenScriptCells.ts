import type { Editor } from '@tiptap/core';
import { newScriptRow } from '../../../shared/editor/newBlockContent';
import { BLOCK } from '../../../shared/model/blocks';

const CELLS: readonly string[] = [BLOCK.scriptNarration, BLOCK.scriptScreen];

/**
 * Tab and Shift+Tab in a video script move from cell to cell as in a table; Tab in the last cell
 * adds a row. Returns false outside a script, so the key keeps its usual meaning there.
 */
export function moveBetweenScriptCells(editor: Editor, direction: 1 | -1): boolean {
  const { $from } = editor.state.selection;
  let cellDepth = $from.depth;
  while (cellDepth > 0 && !CELLS.includes($from.node(cellDepth).type.name)) cellDepth -= 1;
  if (cellDepth < 2) return false;
  const row = $from.node(cellDepth - 1);
  const script = $from.node(cellDepth - 2);
  const rowIndex = $from.index(cellDepth - 2);
  const cellIndex = $from.index(cellDepth - 1);
  const cellEnd = $from.after(cellDepth);
  const cellStart = $from.before(cellDepth);

  if (direction === 1) {
    // Inside the next cell's first paragraph: one step into the cell, one into the paragraph.
    if (cellIndex < row.childCount - 1) return editor.chain().setTextSelection(cellEnd + 2).run();
    const rowEnd = $from.after(cellDepth - 1);
    if (rowIndex < script.childCount - 1) return editor.chain().setTextSelection(rowEnd + 3).run();
    return editor.chain().insertContentAt(rowEnd, newScriptRow()).setTextSelection(rowEnd + 3).run();
  }
  // At the end of the previous cell's last paragraph; the first cell keeps the cursor (Shift+Tab never leaves the script for its remove button).
  if (cellIndex > 0) return editor.chain().setTextSelection(cellStart - 2).run();
  if (rowIndex > 0) return editor.chain().setTextSelection($from.before(cellDepth - 1) - 3).run();
  return true;
}
