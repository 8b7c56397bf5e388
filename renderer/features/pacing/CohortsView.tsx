import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCohortSchedule } from '../../../shared/pacing/computeCohortSchedule';
import { formatCalendarDate } from '../../../shared/i18n/formatDate';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { useAfterEachSave } from '../../state/useAfterEachSave';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { CohortExports } from './CohortExports';
import { CohortFields } from './CohortFields';
import { CohortSchedule } from './CohortSchedule';
import { DeleteCohortButton } from './DeleteCohortButton';
import './pacing.css';

/** The course's cohorts: choose or add one, edit it, read its real dates and export its calendar and programme. */
export function CohortsView() {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const courseDocument = useAppStore((state) => state.courseDocument);
  const loadCourseDocument = useAppStore((state) => state.loadCourseDocument);
  const refreshCourseDocument = useAppStore((state) => state.refreshCourseDocument);
  const addCohort = useAppStore((state) => state.addCohort);
  const chosenId = useAppStore((state) => (state.selection?.kind === 'cohort' ? state.selection.id : null));
  const select = useAppStore((state) => state.select);
  const choose = (id: string) => select({ kind: 'cohort', id });

  useEffect(() => {
    void loadCourseDocument();
  }, [loadCourseDocument]);
  useAfterEachSave(() => void refreshCourseDocument());

  const cohorts = courseDocument?.cohorts ?? [];
  const chosen = cohorts.find((cohort) => cohort.id === chosenId) ?? cohorts[0];
  useEffect(() => {
    if (chosen && chosen.id !== chosenId) select({ kind: 'cohort', id: chosen.id });
  }, [chosen, chosenId, select]);
  const schedule = useMemo(() => (courseDocument && chosen ? computeCohortSchedule(courseDocument, chosen) : null), [courseDocument, chosen]);
  if (!courseDocument) return null;

  const add = async () => {
    const id = await addCohort();
    if (id) choose(id);
  };

  return (
    <div className="cohorts">
      <header className="pacing__header">
        <h1>{t('pacing:cohortsTitle')}</h1>
        <button type="button" className="button button--primary" onClick={() => void add()}>
          <Icon name="plus" size={16} />
          {t('pacing:addCohort')}
        </button>
      </header>
      {cohorts.length === 0 ? (
        <p className="cohorts__empty">{t('pacing:noCohort')}</p>
      ) : (
        <div className="cohorts__layout">
          <ul className="cohort-list" aria-label={t('pacing:cohortList')}>
            {cohorts.map((cohort) => (
              <li key={cohort.id}>
                <button
                  type="button"
                  className="pick-item cohort-list__item"
                  aria-current={cohort.id === chosen?.id ? 'true' : undefined}
                  data-testid="cohort-item"
                  onClick={() => choose(cohort.id)}
                >
                  <span className="cohort-list__name">{cohort.name}</span>
                  <span className="cohort-list__meta">
                    {t('pacing:cohortSummary', { count: cohort.learnerCount, date: formatCalendarDate(cohort.startDate, language, 'short') })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {chosen && schedule && (
            // Not a region: the properties panel already has one named after the cohort (axe landmark-unique).
            <div className="cohort" data-testid="cohort-details">
              <div className="cohort__top">
                <h2 id="cohort-heading" className="cohort__name">
                  {chosen.name}
                </h2>
                <DeleteCohortButton key={chosen.id} cohortId={chosen.id} />
              </div>
              <CohortFields key={chosen.id} cohort={chosen} />
              <CohortExports key={`exports-${chosen.id}`} cohortId={chosen.id} />
              <CohortSchedule schedule={schedule} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
