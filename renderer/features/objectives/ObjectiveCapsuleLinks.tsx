import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentCapsule } from '../../../shared/api/authoringCalls';
import type { Module, Objective } from '../../../shared/model/course';
import { CapsuleKindIcon } from '../outline/CapsuleKindIcon';
import { useLinkToggles } from './useLinkToggles';

export interface LinkableModule {
  module: Module;
  number: number;
  capsules: AlignmentCapsule[];
}

/** Which capsules teach the objective: a checkbox per capsule, saved on change; drawn only when opened. */
export function ObjectiveCapsuleLinks({ objective, modules }: { objective: Objective; modules: LinkableModule[] }) {
  const { t } = useTranslation();
  const links = useLinkToggles();
  const [open, setOpen] = useState(false);
  const linked = modules.flatMap((entry) => entry.capsules).filter((capsule) => capsule.objectiveIds.includes(objective.id));
  const withCapsules = modules.filter((entry) => entry.capsules.length > 0);
  return (
    <details className="objective-links" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary data-testid="objective-links-summary">
        {t('objectives:taughtBy', { count: linked.length })}
        {linked.length > 0 && <span className="objective-links__names">{linked.map((capsule) => capsule.title).join(' · ')}</span>}
      </summary>
      {open && withCapsules.length === 0 && <p className="objective-links__empty">{t('objectives:noCapsules')}</p>}
      {open &&
        withCapsules.map((entry) => (
          <fieldset key={entry.module.id} className="objective-links__module">
            <legend>{t('objectives:moduleLegend', { number: entry.number, title: entry.module.title })}</legend>
            {entry.capsules.map((capsule) => (
              <label key={capsule.id} className="objective-links__capsule">
                <input
                  type="checkbox"
                  checked={links.isLinked(objective.id, capsule.id, capsule.objectiveIds.includes(objective.id))}
                  onChange={(event) => void links.toggle(objective.id, capsule.id, event.target.checked)}
                />
                <CapsuleKindIcon kind={capsule.kind} />
                {capsule.title}
              </label>
            ))}
          </fieldset>
        ))}
    </details>
  );
}
