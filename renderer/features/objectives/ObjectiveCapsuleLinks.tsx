import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capsule, Module, Objective } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';
import { CapsuleKindIcon } from '../outline/CapsuleKindIcon';

export interface LinkableModule {
  module: Module;
  number: number;
  capsules: Capsule[];
}

/** Which capsules teach the objective: a checkbox per capsule, saved on change. */
export function ObjectiveCapsuleLinks({ objective, modules }: { objective: Objective; modules: LinkableModule[] }) {
  const { t } = useTranslation();
  const setObjectiveLink = useAppStore((state) => state.setObjectiveLink);
  // The box shows the click at once; the saved link replaces it when the backend answers.
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const toggle = async (capsuleId: string, linked: boolean) => {
    setPending((previous) => new Map(previous).set(capsuleId, linked));
    await setObjectiveLink(objective.id, 'capsule', capsuleId, linked);
    setPending((previous) => {
      const next = new Map(previous);
      next.delete(capsuleId);
      return next;
    });
  };
  const linked = modules.flatMap((entry) => entry.capsules).filter((capsule) => capsule.objectiveIds.includes(objective.id));
  const withCapsules = modules.filter((entry) => entry.capsules.length > 0);
  return (
    <details className="objective-links">
      <summary data-testid="objective-links-summary">
        {t('objectives:taughtBy', { count: linked.length })}
        {linked.length > 0 && <span className="objective-links__names">{linked.map((capsule) => capsule.title).join(' · ')}</span>}
      </summary>
      {withCapsules.length === 0 ? (
        <p className="objective-links__empty">{t('objectives:noCapsules')}</p>
      ) : (
        withCapsules.map((entry) => (
          <fieldset key={entry.module.id} className="objective-links__module">
            <legend>{t('objectives:moduleLegend', { number: entry.number, title: entry.module.title })}</legend>
            {entry.capsules.map((capsule) => (
              <label key={capsule.id} className="objective-links__capsule">
                <input
                  type="checkbox"
                  checked={pending.get(capsule.id) ?? capsule.objectiveIds.includes(objective.id)}
                  onChange={(event) => void toggle(capsule.id, event.target.checked)}
                />
                <CapsuleKindIcon kind={capsule.kind} />
                {capsule.title}
              </label>
            ))}
          </fieldset>
        ))
      )}
    </details>
  );
}
