import type { ReactNode } from 'react';

interface ToolbarButtonProps {
  label: string;
  /** Shortcut shown in the tooltip, e.g. "Ctrl+B". */
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

/** One formatting button: a glyph on screen, its name for assistive technology and the tooltip. */
export function ToolbarButton({ label, shortcut, pressed, disabled, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the text selection: the command applies to it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
