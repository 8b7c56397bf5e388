import { useEffect } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { historyShortcut } from './historyShortcut';

/** Project-wide undo/redo from the keyboard, anywhere in the workspace except inside text fields. */
export function useHistoryShortcuts(): void {
  const undo = useAppStore((state) => state.undo);
  const redo = useAppStore((state) => state.redo);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = historyShortcut(event, event.target instanceof HTMLElement ? event.target : null);
      if (!action) return;
      event.preventDefault();
      void (action === 'undo' ? undo() : redo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
