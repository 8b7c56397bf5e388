import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';

interface AddModuleFormProps {
  /** Called with the new module's id, or undefined when cancelled or refused. */
  onDone(id: string | undefined): void;
}

/** Asks for the new module's title; Escape cancels. */
export function AddModuleForm({ onDone }: AddModuleFormProps) {
  const { t } = useTranslation();
  const addModule = useAppStore((state) => state.addModule);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onDone(await addModule(title.trim() || t('outline:addModule.defaultTitle')));
  };

  return (
    <form className="card add-form" onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onDone(undefined)}>
      <div className="field add-form__grow">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('outline:addModule.title')}
        </label>
        <input
          id={`${id}-title`}
          className="input"
          autoFocus
          maxLength={500}
          placeholder={t('outline:addModule.defaultTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="add-form__actions">
        <button type="button" className="button button--ghost" onClick={() => onDone(undefined)}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('outline:addCapsule.submit')}
        </button>
      </div>
    </form>
  );
}
