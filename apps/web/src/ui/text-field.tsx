import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField, type TextFieldProps } from 'react-aria-components';
import type { FieldProps } from './field-props';

/** A labelled text field; its hint and error are tied to the input (aria-describedby). */
export function TextField({
  label,
  hint,
  error,
  multiline,
  inputMode,
  autoComplete,
  ...props
}: FieldProps &
  Omit<TextFieldProps, 'isInvalid' | 'children'> & { multiline?: boolean; inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'search' }) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(error)} className="field">
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      {multiline ? <TextArea /> : <Input inputMode={inputMode} autoComplete={autoComplete} />}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
