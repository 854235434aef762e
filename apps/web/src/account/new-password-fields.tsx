import { useI18n, type Translate } from '../i18n';
import { TextField } from '../ui/text-field';
import { MIN_PASSWORD_LENGTH } from './password-rules';

/** What is wrong with a new password and its repetition, by field (`password`, `again`); empty when nothing is. */
export function newPasswordProblems(password: string, again: string, t: Translate): Record<string, string> {
  if (password.length < MIN_PASSWORD_LENGTH) return { password: t('password.tooShort', { count: MIN_PASSWORD_LENGTH }) };
  if (password !== again) return { again: t('password.different') };
  return {};
}

/** A new password, typed twice, with the API's rule as a hint and each field's error beside it. */
export function NewPasswordFields({
  password,
  again,
  onPassword,
  onAgain,
  errors,
}: {
  password: string;
  again: string;
  onPassword: (value: string) => void;
  onAgain: (value: string) => void;
  errors: { password?: string; again?: string };
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id="field-password"
        label={t('password.new')}
        hint={t('password.hint', { count: MIN_PASSWORD_LENGTH })}
        value={password}
        onChange={onPassword}
        type="password"
        autoComplete="new-password"
        isRequired
        error={errors.password}
      />
      <TextField
        id="field-again"
        label={t('password.again')}
        value={again}
        onChange={onAgain}
        type="password"
        autoComplete="new-password"
        isRequired
        error={errors.again}
      />
    </>
  );
}
