import { useTranslation } from 'react-i18next';
import { formatTimeField } from '../../shared/i18n/formatDate';
import { readTimeField, timeFieldExample } from '../../shared/i18n/readDateField';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { FormattedValueField, type FormattedValueFieldProps } from './FormattedValueField';

/** A time of day typed on the 24-hour clock of the app's language (14:30, also 14h30 or 2:30 pm), never the system's 2:30 PM. */
export function TimeField(props: FormattedValueFieldProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  return (
    <FormattedValueField
      {...props}
      policy={{
        show: (value) => formatTimeField(value, language),
        read: readTimeField,
        format: t('common:timeFormat'),
        explain: (problem, typed) =>
          t(problem === 'impossible' ? 'common:impossibleTime' : 'common:unreadableTime', { value: typed, example: timeFieldExample(language) }),
      }}
    />
  );
}
