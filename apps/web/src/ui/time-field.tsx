import { parseTime, type Time } from '@internationalized/date';
import { DateInput, DateSegment, FieldError, Label, TimeField as AriaTimeField } from 'react-aria-components';

const parsed = (value: string): Time | null => {
  try {
    return parseTime(value);
  } catch {
    return null;
  }
};

/** A wall-clock time typed hour and minute, kept as "HH:mm". */
export function TimeField({
  label,
  value,
  onChange,
  error,
  isRequired = true,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  isRequired?: boolean;
}) {
  return (
    <AriaTimeField
      className="field"
      value={parsed(value)}
      onChange={(v: Time | null) => v && onChange(`${String(v.hour).padStart(2, '0')}:${String(v.minute).padStart(2, '0')}`)}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
    >
      <Label>{label}</Label>
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      <FieldError className="field-error">{error}</FieldError>
    </AriaTimeField>
  );
}
