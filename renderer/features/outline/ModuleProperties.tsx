import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { formatDuration } from '../../i18n/formatDuration';
import { useAppStore } from '../../state/useAppStore';
import { CommittedNumberField } from '../../ui/CommittedNumberField';
import { PropertyRow } from '../../ui/PropertyRow';

/** The selected module: its week (editable), capsule count and total learner time. */
export function ModuleProperties({ id }: SelectionPanelProps) {
  const { t } = useTranslation();
  const module = useAppStore((state) => state.outline?.modules.find((candidate) => candidate.id === id));
  const updateModule = useAppStore((state) => state.updateModule);
  const fieldId = useId();
  if (!module) return null;
  return (
    <section className="props" aria-labelledby={`${fieldId}-heading`}>
      <p className="props__kind">{t('outline:props.module')}</p>
      <h2 className="props__title" id={`${fieldId}-heading`}>
        {module.title}
      </h2>
      <dl className="props__list">
        <PropertyRow name={t('outline:props.week')} htmlFor={`${fieldId}-week`}>
          <CommittedNumberField id={`${fieldId}-week`} value={module.week} min={1} max={104} onCommit={(week) => void updateModule(module.id, { week })} />
        </PropertyRow>
        <PropertyRow name={t('outline:props.capsules')}>{module.capsules.length}</PropertyRow>
        <PropertyRow name={t('outline:props.duration')}>{formatDuration(module.minutes, t)}</PropertyRow>
      </dl>
    </section>
  );
}
