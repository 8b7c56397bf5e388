import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface InlineTitleEditorProps {
  initialTitle: string;
  /**
   * Called once: with the trimmed new title, or null when cancelled, empty or unchanged.
   * byKey tells whether Enter/Escape ended it (focus should return to the row) or leaving the field did.
   */
  onFinish(title: string | null, byKey: boolean): void;
}

/** A title field in place of the row's title: Enter (or leaving it) commits, Escape cancels. */
export function InlineTitleEditor({ initialTitle, onFinish }: InlineTitleEditorProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initialTitle);
  const input = useRef<HTMLInputElement>(null);
  const settled = useRef(false);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (commit: boolean, byKey: boolean) => {
    if (settled.current) return;
    settled.current = true;
    const trimmed = title.trim();
    onFinish(commit && trimmed && trimmed !== initialTitle ? trimmed : null, byKey);
  };

  return (
    <input
      dir="auto"
      ref={input}
      className="input inline-title"
      value={title}
      maxLength={500}
      aria-label={t('outline:rename.label')}
      title={t('outline:rename.hint')}
      onChange={(event) => setTitle(event.target.value)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false, true);
        }
      }}
      onBlur={() => finish(true, false)}
    />
  );
}
