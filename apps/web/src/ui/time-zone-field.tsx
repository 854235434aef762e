import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';

/** Every IANA zone this browser knows (America/Chicago…), once. */
const ZONES = Intl.supportedValuesOf('timeZone').map((id) => ({ id, name: id.replace(/_/g, ' ') }));

/** A time zone chosen from the IANA list by typing part of its name (a city), React Aria's combo box. */
export function TimeZoneField({
  label,
  hint,
  error,
  value,
  onChange,
  id,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (zone: string) => void;
  id?: string;
}) {
  return (
    <ComboBox
      id={id}
      className="field"
      defaultItems={ZONES}
      selectedKey={value || null}
      onSelectionChange={(key) => key !== null && onChange(String(key))}
      isInvalid={Boolean(error)}
      menuTrigger="focus"
    >
      <Label>{label}</Label>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      <Input className="input" />
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {(zone: { id: string; name: string }) => (
            <ListBoxItem id={zone.id} className="listbox-item" textValue={zone.name}>
              {zone.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
