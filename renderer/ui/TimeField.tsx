import { FormattedValueField, type FormattedValueFieldProps } from './FormattedValueField';

/** A time of day typed on the 24-hour clock of the app's language (14:30, also 14h30 or 2:30 pm), never the system's 2:30 PM. */
export function TimeField(props: FormattedValueFieldProps) {
  return <FormattedValueField {...props} kind="time" />;
}
