import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/checks/finding';
import { formatFinding } from '../../../shared/checks/formatFinding';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { Icon } from '../../ui/Icon';
import type { FindingDestination } from './findingDestination';
import { SeverityBadge } from './SeverityBadge';

interface FindingItemProps {
  finding: Finding;
  destination: FindingDestination | null;
  onGo(destination: FindingDestination): void;
}

/** One finding: severity, the check's name, its one-line explanation, and a way to the item concerned. */
export function FindingItem({ finding, destination, onGo }: FindingItemProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  const messageId = `finding-${finding.id}`;
  return (
    <li className={`finding finding--${finding.severity}`} data-testid="finding" data-check={finding.checkId}>
      <SeverityBadge severity={finding.severity} />
      <div className="finding__body">
        <p className="finding__check">{t(`checks:check.${finding.checkId}`)}</p>
        <p className="finding__message" id={messageId}>
          {formatFinding(finding, language)}
        </p>
      </div>
      {destination && (
        <button type="button" className="button button--small" aria-describedby={messageId} onClick={() => onGo(destination)}>
          {t('checks:goTo')}
          <Icon name="arrow-right" size={14} />
        </button>
      )}
    </li>
  );
}
