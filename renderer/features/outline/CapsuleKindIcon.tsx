import { useTranslation } from 'react-i18next';
import type { CapsuleKind } from '../../../shared/model/course';
import { Icon } from '../../ui/Icon';

/** The capsule's kind as a coloured icon, named for screen readers (a list's rows pass their kind's label, made once). */
export function KindIcon({ kind, label }: { kind: CapsuleKind; label: string }) {
  return (
    <span className={`kind-icon kind-icon--${kind}`}>
      <Icon name={kind} label={label} size={16} />
    </span>
  );
}

export function CapsuleKindIcon({ kind }: { kind: CapsuleKind }) {
  const { t } = useTranslation();
  return <KindIcon kind={kind} label={t(`outline:kind.${kind}`)} />;
}
