import { useEffect, useState } from 'react';

let show: ((message: string) => void) | null = null;

/**
 * Says `message` to screen reader users without moving focus (a polite live region), e.g. where a
 * row landed after a move. Does nothing while no LiveAnnouncer is on screen.
 */
export function announce(message: string): void {
  show?.(message);
}

/** The app's one polite live region; mount it once, at the root. */
export function LiveAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    // The same sentence twice in a row (two moves to the same place) must be read twice: change the text.
    show = (next) => setMessage((current) => (current === next ? `${next}\u00a0` : next));
    return () => {
      show = null;
    };
  }, []);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </div>
  );
}
