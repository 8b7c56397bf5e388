import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { byPosition } from '../../../shared/model/byPosition';
import type { AlignmentQuestion } from '../../../shared/api/authoringCalls';
import { useAppStore } from '../../state/useAppStore';
import { AlignmentMatrix } from './AlignmentMatrix';
import type { LinkableModule } from './ObjectiveCapsuleLinks';
import { ObjectiveGroup } from './ObjectiveGroup';
import './objectives.css';

const TABS = ['list', 'matrix'] as const;
type Tab = (typeof TABS)[number];

/** Course objectives and module sub-objectives, and the alignment matrix, on two tabs. */
export function ObjectivesView() {
  const { t } = useTranslation();
  const data = useAppStore((state) => state.objectiveData);
  const language = useAppStore((state) => state.outline?.course.language ?? 'fr');
  const loadObjectives = useAppStore((state) => state.loadObjectives);
  const [tab, setTab] = useState<Tab>('list');

  useEffect(() => {
    void loadObjectives();
  }, [loadObjectives]);

  const view = useMemo(() => {
    if (!data) return null;
    const modules = [...data.modules].sort(byPosition);
    const capsules = [...data.capsules].sort(byPosition);
    const linkable: LinkableModule[] = modules.map((module, index) => ({
      module,
      number: index + 1,
      capsules: capsules.filter((capsule) => capsule.moduleId === module.id),
    }));
    const objectivesOf = (moduleId: string | null) => data.objectives.filter((objective) => objective.moduleId === moduleId).sort(byPosition);
    const questionsByObjective = new Map<string, AlignmentQuestion[]>();
    for (const question of data.questions) {
      for (const objectiveId of question.objectiveIds) questionsByObjective.set(objectiveId, [...(questionsByObjective.get(objectiveId) ?? []), question]);
    }
    return { linkable, objectivesOf, questionsOf: (id: string) => questionsByObjective.get(id) ?? [] };
  }, [data]);

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    setTab(next);
    document.getElementById(`objectives-tab-${next}`)?.focus();
  };

  return (
    <div className="objectives">
      <header className="objectives__header">
        <h1>{t('objectives:heading')}</h1>
        <p className="objectives__intro">{tab === 'list' ? t('objectives:intro') : t('objectives:matrixIntro')}</p>
      </header>
      <div className="tabs" role="tablist" aria-label={t('objectives:heading')}>
        {TABS.map((option) => (
          <button
            key={option}
            type="button"
            role="tab"
            id={`objectives-tab-${option}`}
            className="tabs__tab"
            aria-selected={tab === option}
            // Only the selected tab's panel is in the page; the others control nothing yet.
            aria-controls={tab === option ? `objectives-panel-${option}` : undefined}
            tabIndex={tab === option ? 0 : -1}
            onKeyDown={onTabKey}
            onClick={() => setTab(option)}
          >
            {option === 'list' ? t('objectives:tabList') : t('objectives:matrix')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`objectives-panel-${tab}`} aria-labelledby={`objectives-tab-${tab}`} className="objectives__panel">
        {!data || !view ? null : tab === 'matrix' ? (
          <AlignmentMatrix data={data} />
        ) : (
          <>
            <ObjectiveGroup
              moduleId={null}
              heading={t('objectives:courseObjectives')}
              objectives={view.objectivesOf(null)}
              language={language}
              linkableModules={view.linkable}
              questionsOf={view.questionsOf}
            />
            {view.linkable.map((entry) => (
              <ObjectiveGroup
                key={entry.module.id}
                moduleId={entry.module.id}
                heading={t('objectives:moduleObjectives', { number: entry.number, title: entry.module.title })}
                objectives={view.objectivesOf(entry.module.id)}
                language={language}
                linkableModules={[entry]}
                questionsOf={view.questionsOf}
              />
            ))}
          </>
        )}
      </div>
    </div>
  );
}
