import { useTranslation } from 'react-i18next';
import { formatDateField } from '../../shared/i18n/formatDate';
import { dateFieldExample, readDateField } from '../../shared/i18n/readDateField';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { FormattedValueField, type FormattedValueFieldProps } from './FormattedValueField';

/**
 * A calendar day typed in the app language's format (05/12/2026), whatever the system's locale:
 * the browser's own date input follows the system, so an English system showed 12/05/2026 in a French app.
 */
export function DateField(props: FormattedValueFieldProps) {
  const { t } = useTranslation();
  const [language] = useUiLanguage();
  return (
    <FormattedValueField
      {...props}
      policy={{
        show: (value) => formatDateField(value, language),
        read: (typed) => readDateField(typed, language),
        format: t('common:dateFormat'),
        explain: (problem, typed) =>
          t(problem === 'impossible' ? 'common:impossibleDate' : 'common:unreadableDate', { value: typed, example: dateFieldExample(language) }),
      }}
    />
  );
}
