import { useTranslation } from 'react-i18next';
import { CAPSULE_KINDS } from '../../../shared/model/capsuleKinds';
import type { CapsuleKind } from '../../../shared/model/course';

/** A select of the capsule kinds, labelled in the interface language. */
export function CapsuleKindSelect({ id, value, onChange }: { id: string; value: CapsuleKind; onChange(kind: CapsuleKind): void }) {
  const { t } = useTranslation();
  return (
    <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value as CapsuleKind)}>
      {CAPSULE_KINDS.map((option) => (
        <option key={option} value={option}>
          {t(`outline:kind.${option}`)}
        </option>
      ))}
    </select>
  );
}
