import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

interface Issue {
  code: string;
  severity: 'error' | 'warning';
}

/** Validation messages from shared/authoring, beside the fields they are about; errors first. */
export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className="quiz-issues" data-testid="quiz-issues">
      {ordered.map((issue) => (
        <li key={issue.code} className={`quiz-issue quiz-issue--${issue.severity}`}>
          <Icon name="alert" size={14} />
          {t(`quiz:issue.${issue.code}`, issue as unknown as Record<string, unknown>)}
        </li>
      ))}
    </ul>
  );
}
