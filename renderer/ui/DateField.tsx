import { FormattedValueField, type FormattedValueFieldProps } from './FormattedValueField';

/**
 * A calendar day typed in the app language's format (05/12/2026), whatever the system's locale:
 * the browser's own date input follows the system, so an English system showed 12/05/2026 in a French app.
 */
export function DateField(props: FormattedValueFieldProps) {
  return <FormattedValueField {...props} kind="date" />;
}
