import { useRef, useState } from 'react';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/**
 * "Import…": the desktop asks its own open dialog (onPick without a file); browser mode picks a
 * Word document or package with a hidden file input and hands the file over.
 */
export function ImportFileButton({ label, className, disabled, testId, onPick }: { label: string; className: string; disabled: boolean; testId: string; onPick: (file?: File) => void }) {
  const isDesktop = useAppStore((state) => state.session?.mode === 'desktop');
  const input = useRef<HTMLInputElement>(null);
  const [inputKey, setInputKey] = useState(0);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => (isDesktop ? onPick() : input.current?.click())}>
        <Icon name="upload" size={16} />
        {label}
      </button>
      <input
        key={inputKey}
        ref={input}
        type="file"
        hidden
        accept=".docx,.zip"
        data-testid={testId}
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // A fresh input lets the same file be chosen again after a fix.
          setInputKey((key) => key + 1);
          if (file) onPick(file);
        }}
      />
    </>
  );
}
