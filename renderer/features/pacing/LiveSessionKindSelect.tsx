import { useTranslation } from 'react-i18next';
import { LiveSessionKindSchema, type LiveSessionKind } from '../../../shared/model/course';
import { LIVE_SESSION_KIND_KEY } from '../../../shared/pacing/liveSessionKindKey';

/** A select of the live-session kinds, labelled in the interface language. */
export function LiveSessionKindSelect({ id, value, onChange }: { id: string; value: LiveSessionKind; onChange(kind: LiveSessionKind): void }) {
  const { t } = useTranslation();
  return (
    <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value as LiveSessionKind)}>
      {LiveSessionKindSchema.options.map((kind) => (
        <option key={kind} value={kind}>
          {t(`pacing:${LIVE_SESSION_KIND_KEY[kind]}`)}
        </option>
      ))}
    </select>
  );
}
