import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Objective } from '../../../shared/model/course';
import type { AlignmentQuestion } from '../../../shared/api/authoringCalls';
import { Icon } from '../../ui/Icon';
import { AddObjectiveForm } from './AddObjectiveForm';
import { ObjectiveCard } from './ObjectiveCard';
import type { LinkableModule } from './ObjectiveCapsuleLinks';

interface ObjectiveGroupProps {
  /** Null for the course objectives. */
  moduleId: string | null;
  heading: string;
  objectives: Objective[];
  language: Language;
  linkableModules: LinkableModule[];
  questionsOf(objectiveId: string): AlignmentQuestion[];
}

/** The objectives of the course or of one module, in order, with their add form. */
export function ObjectiveGroup({ moduleId, heading, objectives, language, linkableModules, questionsOf }: ObjectiveGroupProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const headingId = `objectives-${moduleId ?? 'course'}`;
  return (
    <section className="objective-group" aria-labelledby={headingId} data-testid="objective-group">
      <div className="objective-group__head">
        <h2 id={headingId}>{heading}</h2>
        {!adding && (
          <button type="button" className="button button--small" onClick={() => setAdding(true)} aria-label={`${t('objectives:addTo')} · ${heading}`}>
            <Icon name="plus" size={15} />
            {t('objectives:addTo')}
          </button>
        )}
      </div>
      {objectives.length === 0 && !adding && <p className="objective-group__empty">{t('objectives:none')}</p>}
      {objectives.length > 0 && (
        <ol className="objective-group__list">
          {objectives.map((objective, index) => (
            <ObjectiveCard
              key={objective.id}
              objective={objective}
              index={index}
              siblingCount={objectives.length}
              language={language}
              linkableModules={linkableModules}
              questions={questionsOf(objective.id)}
            />
          ))}
        </ol>
      )}
      {adding && <AddObjectiveForm moduleId={moduleId} language={language} onDone={() => setAdding(false)} />}
    </section>
  );
}
