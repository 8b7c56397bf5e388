import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/model/ids';
import { useAppStore } from '../../state/useAppStore';

/** "Plan › Module 2 · Communiquer › L'écoute active": the way back to the outline. */
export function CapsuleBreadcrumb({ capsuleId, title }: { capsuleId: Id; title: string }) {
  const { t } = useTranslation();
  const goTo = useAppStore((state) => state.goTo);
  const select = useAppStore((state) => state.select);
  const modules = useAppStore((state) => state.outline?.modules);
  const index = modules?.findIndex((candidate) => candidate.capsules.some((capsule) => capsule.id === capsuleId)) ?? -1;
  const module = index < 0 ? null : { number: index + 1, title: modules?.[index]?.title ?? '' };
  const backToOutline = () => {
    goTo('outline');
    select({ kind: 'capsule', id: capsuleId });
  };
  return (
    <nav className="breadcrumb" aria-label={t('editor:breadcrumb')}>
      <ol>
        <li>
          <button type="button" className="breadcrumb__link" onClick={backToOutline} data-testid="breadcrumb-outline">
            {t('outline:place')}
          </button>
        </li>
        {module && (
          <li>
            <span>
              {t('outline:module.label', { number: module.number })} · {module.title}
            </span>
          </li>
        )}
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}
