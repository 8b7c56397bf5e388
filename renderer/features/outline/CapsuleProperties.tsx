import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline, OutlineCapsule } from '../../../shared/api/outlineCalls';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { formatDuration } from '../../i18n/formatDuration';
import { EDITOR_PLACE } from '../../state/editorSlice';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { PropertyRow } from '../../ui/PropertyRow';
import { CapsuleObjectivesField } from '../objectives/CapsuleObjectivesField';
import { CapsuleKindIcon } from './CapsuleKindIcon';
import { CapsuleKindSelect } from './CapsuleKindSelect';

/** The capsule's outline entry. A store selector runs on every store update (each save sets the store several times), so it allocates nothing. */
function findOutlineCapsule(outline: Outline, id: string): OutlineCapsule | undefined {
  for (const module of outline.modules) {
    for (const capsule of module.capsules) if (capsule.id === id) return capsule;
  }
  return undefined;
}

/** The selected capsule: its kind (editable), week and learner time. */
export function CapsuleProperties({ id }: SelectionPanelProps) {
  const { t } = useTranslation();
  const capsule = useAppStore((state) => (state.outline ? findOutlineCapsule(state.outline, id) : undefined));
  const updateCapsule = useAppStore((state) => state.updateCapsule);
  const openCapsuleEditor = useAppStore((state) => state.openCapsuleEditor);
  const editing = useAppStore((state) => state.place === EDITOR_PLACE);
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
        <PropertyRow name={t('outline:props.kind')} htmlFor={`${fieldId}-kind`}>
          <CapsuleKindSelect id={`${fieldId}-kind`} value={capsule.kind} onChange={(kind) => void updateCapsule(capsule.id, { kind })} />
        </PropertyRow>
        <PropertyRow name={t('outline:props.week')}>{capsule.week}</PropertyRow>
        <PropertyRow name={t('outline:props.duration')}>{formatDuration(capsule.minutes, t)}</PropertyRow>
      </dl>
      <CapsuleObjectivesField capsuleId={capsule.id} />
      {!editing && (
        <button type="button" className="button button--primary props__action" onClick={() => void openCapsuleEditor(capsule.id)}>
          <Icon name="pencil" size={16} />
          {t('editor:edit')}
        </button>
      )}
    </section>
  );
}
