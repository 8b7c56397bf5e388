import { useTranslation } from 'react-i18next';
import { BLOOM_LEVELS } from '../../../shared/authoring/bloomVerbs';
import type { BloomLevel } from '../../../shared/model/course';

interface BloomLevelSelectProps {
  id: string;
  value: BloomLevel | null;
  onChange(level: BloomLevel | null): void;
}

/** Bloom level, lowest to highest order of thinking; "not set" lets the wording decide. */
export function BloomLevelSelect({ id, value, onChange }: BloomLevelSelectProps) {
  const { t } = useTranslation();
  return (
    <select id={id} className="select" value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as BloomLevel | null)}>
      <option value="">{t('objectives:levelNone')}</option>
      {BLOOM_LEVELS.map((level) => (
        <option key={level} value={level}>
          {t(`objectives:level.${level}`)}
        </option>
      ))}
    </select>
  );
}
