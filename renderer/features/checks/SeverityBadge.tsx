import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../shared/checks/finding';
import { Icon, type IconName } from '../../ui/Icon';

const ICON: Record<Severity, IconName> = { 'blocks-export': 'alert', error: 'alert', warning: 'alert', info: 'info' };
const LABEL_KEY = { 'blocks-export': 'checks:severityBlocksExport', error: 'checks:severityError', warning: 'checks:severityWarning', info: 'checks:severityInfo' } as const;

/** A finding's severity in words and colour, never colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`severity severity--${severity}`}>
      <Icon name={ICON[severity]} size={14} />
      {t(LABEL_KEY[severity])}
    </span>
  );
}
