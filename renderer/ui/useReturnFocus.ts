import { useEffect, useRef } from 'react';

/**
 * Focus back on the button that opened a dialog once the dialog has left the page (while a modal
 * dialog is open the rest of the page is inert, so this waits for `open` to turn false).
 */
export function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return opener;
}
