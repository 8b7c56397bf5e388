import type { MenuCommand } from '../../../shared/api/desktopChannels';
import { isTextEntry } from './historyShortcut';

/**
 * Edit > Undo/Redo from the desktop menu: inside a text field they undo the typing (as the
 * browser's own command does), anywhere else the project history, as Ctrl+Z does.
 */
export function applyEditCommand(
  command: MenuCommand,
  focused: Element | null,
  project: { undo(): Promise<void>; redo(): Promise<void> },
  undoTyping: (command: MenuCommand) => void = (typing) => void document.execCommand(typing),
): void {
  if (focused instanceof HTMLElement && isTextEntry(focused)) undoTyping(command);
  else void (command === 'undo' ? project.undo() : project.redo());
}
