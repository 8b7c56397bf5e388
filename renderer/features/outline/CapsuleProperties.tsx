import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CapsuleKindSchema, type CapsuleKind } from '../../../shared/model/course';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { formatDuration } from '../../i18n/formatDuration';
import { useAppStore } from '../../state/useAppStore';
import { CapsuleKindIcon } from './CapsuleKindIcon';

/** The selected capsule: its kind (editable), week and learner time. */
export function CapsuleProperties({ id }: SelectionPanelProps) {
  const { t } = useTranslation();
  const capsule = useAppStore((state) => state.outline?.modules.flatMap((module) => module.capsules).find((candidate) => candidate.id === id));
  const updateCapsule = useAppStore((state) => state.updateCapsule);
  const fieldId = useId();
  if (!capsule) return null;
  return (
    <section className="props" aria-labelledby={`${fieldId}-heading`}>
      <p className="props__kind">
        <CapsuleKindIcon kind={capsule.kind} />
        {t('outline:props.capsule')}
      </p>
      <h2 className="props__title" id={`${fieldId}-heading`}>
        {capsule.title}
      </h2>
      <dl className="props__list">
        <div className="props__row">
          <dt>
            <label htmlFor={`${fieldId}-kind`}>{t('outline:props.kind')}</label>
          </dt>
          <dd>
            <select
              id={`${fieldId}-kind`}
              className="select"
              value={capsule.kind}
              onChange={(event) => void updateCapsule(capsule.id, { kind: event.target.value as CapsuleKind })}
            >
              {CapsuleKindSchema.options.map((option) => (
                <option key={option} value={option}>
                  {t(`outline:kind.${option}`)}
                </option>
              ))}
            </select>
          </dd>
        </div>
        <div className="props__row">
          <dt>{t('outline:props.week')}</dt>
          <dd>{capsule.week}</dd>
        </div>
        <div className="props__row">
          <dt>{t('outline:props.duration')}</dt>
          <dd>{formatDuration(capsule.minutes, t)}</dd>
        </div>
      </dl>
    </section>
  );
}
