import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { linkableObjectives } from './linkableObjectives';
import { useLinkToggles } from './useLinkToggles';
import './capsuleObjectivesField.css';

/** In a capsule's properties: the course objectives and its module's that the capsule teaches. */
export function CapsuleObjectivesField({ capsuleId }: { capsuleId: string }) {
  const { t } = useTranslation();
  const data = useAppStore((state) => state.objectiveData);
  const loadObjectives = useAppStore((state) => state.loadObjectives);
  const links = useLinkToggles();
  const loadedFor = useRef<string | null>(null);

  // Read once per capsule shown: a capsule added since the last read is not in the data yet.
  useEffect(() => {
    if (loadedFor.current === capsuleId || data?.capsules.some((candidate) => candidate.id === capsuleId)) return;
    loadedFor.current = capsuleId;
    void loadObjectives();
  }, [data, capsuleId, loadObjectives]);

  const capsule = data?.capsules.find((candidate) => candidate.id === capsuleId);
  if (!data || !capsule) return null;
  const objectives = linkableObjectives(data.objectives, capsule.moduleId);
  return (
    <fieldset className="capsule-objectives" data-testid="capsule-objectives">
      <legend className="capsule-objectives__legend">{t('objectives:linkedTo')}</legend>
      {objectives.length === 0 ? (
        <p className="capsule-objectives__empty">{t('objectives:noObjectivesToLink')}</p>
      ) : (
        objectives.map((objective) => (
          <label key={objective.id} className="capsule-objectives__item">
            <input
              type="checkbox"
              checked={links.isLinked(objective.id, capsule.id, capsule.objectiveIds.includes(objective.id))}
              onChange={(event) => void links.toggle(objective.id, capsule.id, event.target.checked)}
            />
            <span className="capsule-objectives__code">{objective.code}</span>
            <span>{objective.text}</span>
          </label>
        ))
      )}
    </fieldset>
  );
}
