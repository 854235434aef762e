import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { ErrorSummary, Notice } from '../ui/notices';
import { SignInFirst } from './sign-in-first';
import { useViewer } from './viewer';
import { NewPasswordFields, newPasswordProblems } from './new-password-fields';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($current: String!, $password: String!) {
    changePassword(currentPassword: $current, newPassword: $password, useCookie: true)
  }
`);

/** `/account`: who is signed in, and a new password for them (the current one first). */
export default function AccountPage() {
  const { t } = useI18n();
  usePageTitle(t('account.title'));
  const { viewer, loading, sessionEnded } = useViewer();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!viewer) return <SignInFirst sessionEnded={sessionEnded} />;
  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <dt>{t('account.name')}</dt>
        <dd>{viewer.displayName}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{viewer.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>{t(`account.roles.${viewer.role}`)}</dd>
      </dl>
      <ChangePassword />
    </>
  );
}

function ChangePassword() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [changed, setChanged] = useState(false);
  const [state, change] = useMutation(CHANGE_PASSWORD);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const fields = { ...(current ? {} : { current: t('problems.field.blank') }), ...newPasswordProblems(password, again, t) };
    if (Object.keys(fields).length) {
      setProblem({ code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields, conflicts: [] });
      return;
    }
    const result = await change({ current, password });
    const found = problemOf(result.error, t);
    // The API names its arguments; the form's fields say it in the reader's words.
    if (found?.fields.currentPassword) found.fields.current = t('account.wrongCurrent');
    if (found?.fields.newPassword) found.fields.password = found.fields.newPassword;
    setProblem(found);
    if (result.data?.changePassword) {
      setCurrent('');
      setPassword('');
      setAgain('');
      setChanged(true);
    }
  };

  return (
    <section aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{t('account.changePassword')}</h2>
      {changed ? (
        <Notice kind="ok" takeFocus>
          {t('account.passwordChanged')}
        </Notice>
      ) : null}
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <ErrorSummary
          problem={problem}
          labels={{ current: t('account.current'), password: t('password.new'), again: t('password.again') }}
        />
        <TextField
          id="field-current"
          label={t('account.current')}
          value={current}
          onChange={setCurrent}
          type="password"
          autoComplete="current-password"
          isRequired
          error={problem?.fields.current}
        />
        <NewPasswordFields password={password} again={again} onPassword={setPassword} onAgain={setAgain} errors={problem?.fields ?? {}} />
        <div className="actions">
          <Button type="submit" isDisabled={state.fetching}>
            {t('account.savePassword')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
