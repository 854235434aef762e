import { Button as AriaButton, type ButtonProps } from 'react-aria-components';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

/** A button (React Aria: press events, keyboard, focus ring) in one of the app's few looks. */
export function Button({ variant = 'primary', className, ...props }: ButtonProps & { variant?: Variant }) {
  const look = variant === 'link' ? 'link-button' : `button${variant === 'primary' ? '' : ` button--${variant}`}`;
  return <AriaButton {...props} className={[look, className].filter(Boolean).join(' ')} />;
}
