import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineModule } from '../../../shared/api/outlineCalls';
import type { CapsuleKind } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';
import { CapsuleKindSelect } from './CapsuleKindSelect';

interface AddCapsuleFormProps {
  modules: readonly OutlineModule[];
  initialModuleId: string;
  /** Called with the new capsule's id, or undefined when cancelled or refused. */
  onDone(id: string | undefined): void;
}

/** Title, kind and module of a new capsule; Escape cancels. */
export function AddCapsuleForm({ modules, initialModuleId, onDone }: AddCapsuleFormProps) {
  const { t } = useTranslation();
  const addCapsule = useAppStore((state) => state.addCapsule);
  const [title, setTitle] = useState('');
  const rememberCapsuleKind = useAppStore((state) => state.rememberCapsuleKind);
  const lastKind = useAppStore((state) => state.newCapsuleKind);
  const [kind, setKind] = useState<CapsuleKind>(lastKind);
  const [moduleId, setModuleId] = useState(initialModuleId);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    setBusy(true);
    rememberCapsuleKind(kind);
    onDone(await addCapsule(moduleId, title.trim(), kind));
  };

  return (
    <form className="card add-form" onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === 'Escape' && onDone(undefined)}>
      <div className="field add-form__grow">
        <label className="field__label" htmlFor={`${id}-title`}>
          {t('outline:addCapsule.title')}
        </label>
        <input id={`${id}-title`} className="input" autoFocus required maxLength={500} value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t('outline:addCapsule.kind')}
        </label>
        <CapsuleKindSelect id={`${id}-kind`} value={kind} onChange={setKind} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-module`}>
          {t('outline:addCapsule.module')}
        </label>
        <select id={`${id}-module`} className="select" value={moduleId} onChange={(event) => setModuleId(event.target.value)}>
          {modules.map((module, index) => (
            <option key={module.id} value={module.id}>
              {index + 1}. {module.title}
            </option>
          ))}
        </select>
      </div>
      <div className="add-form__actions">
        <button type="button" className="button button--ghost" onClick={() => onDone(undefined)}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
          {t('outline:addCapsule.submit')}
        </button>
      </div>
    </form>
  );
}
