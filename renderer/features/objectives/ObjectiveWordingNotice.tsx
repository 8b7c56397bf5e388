import { useTranslation } from 'react-i18next';
import { suggestVerbs } from '../../../shared/authoring/bloomVerbs';
import type { ObjectiveWording } from '../../../shared/authoring/checkObjectiveWording';
import type { BloomLevel, Language } from '../../../shared/model/course';
import { Icon } from '../../ui/Icon';

interface ObjectiveWordingNoticeProps {
  id: string;
  wording: ObjectiveWording;
  /** The level whose verbs are offered instead of a vague one. */
  level: BloomLevel | null;
  language: Language;
}

/** The wording issues the notice shows (an empty text is reported by the field itself). */
export function wordingNoticeIssues(wording: ObjectiveWording): ObjectiveWording['issues'] {
  return wording.issues.filter((issue) => issue.code !== 'empty');
}

/** Warnings on an objective's wording (vague verb, several actions): advice, never a block. */
export function ObjectiveWordingNotice({ id, wording, level, language }: ObjectiveWordingNoticeProps) {
  const { t } = useTranslation();
  const issues = wordingNoticeIssues(wording);
  if (issues.length === 0) return null;
  const examples = suggestVerbs(level ?? 'apply', language, 3).join(', ');
  return (
    <ul className="wording-notice" id={id} data-testid="wording-warning">
      {issues.map((issue) => (
        <li key={issue.code}>
          <Icon name="alert" size={15} />
          <span>
            {issue.code === 'vague-verb'
              ? t('objectives:issue.vague', { verb: issue.verb, examples })
              : issue.code === 'several-actions'
                ? t('objectives:issue.several', { verbs: issue.verbs.join(', ') })
                : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
