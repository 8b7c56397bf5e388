import type { i18n as I18n } from 'i18next';
import { CAPSULE_KINDS } from '../../../shared/model/capsuleKinds';
import type { CapsuleKind } from '../../../shared/model/course';
import { perLanguage } from '../../i18n/perLanguage';

/** The labels every outline row repeats (its kind, its actions), made once per language. */
export interface OutlineRowLabels {
  kinds: Record<CapsuleKind, string>;
  rename: string;
  addCapsule: string;
  duplicate: string;
  delete: string;
}

export function outlineRowLabels(i18n: I18n): OutlineRowLabels {
  return perLanguage(i18n, 'outline rows', () => ({
    kinds: Object.fromEntries(CAPSULE_KINDS.map((kind) => [kind, i18n.t(`outline:kind.${kind}`)])) as Record<CapsuleKind, string>,
    rename: i18n.t('outline:rename'),
    addCapsule: i18n.t('outline:addCapsule.toModule'),
    duplicate: i18n.t('outline:duplicate'),
    delete: i18n.t('outline:delete'),
  }));
}
