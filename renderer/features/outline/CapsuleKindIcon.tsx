import { useTranslation } from 'react-i18next';
import type { CapsuleKind } from '../../../shared/model/course';
import { Icon } from '../../ui/Icon';

/** The capsule's kind as a coloured icon, named for screen readers. */
export function CapsuleKindIcon({ kind }: { kind: CapsuleKind }) {
  const { t } = useTranslation();
  return (
    <span className={`kind-icon kind-icon--${kind}`}>
      <Icon name={kind} label={t(`outline:kind.${kind}`)} size={16} />
    </span>
  );
}
