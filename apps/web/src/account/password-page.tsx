import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { ErrorSummary, Notice } from '../ui/notices';
import { homeOf } from './home';
import { NewPasswordFields, newPasswordProblems } from './new-password-fields';
import { MIN_PASSWORD_LENGTH } from './password-rules';
import { useGoOnceSignedIn } from './viewer';

const SET_PASSWORD = graphql(`
  mutation SetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, newPassword: $password, useCookie: true) {
      user {
        id
        role
      }
    }
  }
`);

/** `/account/password#token=…`: the link of an invitation or a password reset sets a password. */
export default function PasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('password.title'));
  const goOnceSignedIn = useGoOnceSignedIn();
  const token = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [state, setNew] = useMutation(SET_PASSWORD);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = newPasswordProblems(password, again, t);
    if (Object.keys(fields).length) {
      setProblem({ code: 'BAD_USER_INPUT', summary: t('problems.code.BAD_USER_INPUT'), fields, conflicts: [] });
      return;
    }
    const result = await setNew({ token: token ?? '', password });
    const found = problemOf(result.error, t);
    if (found && found.code === 'BAD_USER_INPUT' && found.fields.token) found.summary = t('password.linkUsed');
    if (found?.fields.newPassword) found.fields.password = found.fields.newPassword;
    setProblem(found);
    if (result.data) {
      goOnceSignedIn(result.data.resetPassword.user.id, homeOf(result.data.resetPassword.user.role));
    }
  };

  if (!token) {
    return (
      <>
        <h1>{t('password.title')}</h1>
        <Notice kind="note">{t('password.noLink')}</Notice>
      </>
    );
  }
  return (
    <>
      <h1>{t('password.title')}</h1>
      <p>{t('password.intro', { count: MIN_PASSWORD_LENGTH })}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <ErrorSummary problem={problem} labels={{ password: t('password.new'), again: t('password.again') }} />
        <NewPasswordFields password={password} again={again} onPassword={setPassword} onAgain={setAgain} errors={problem?.fields ?? {}} />
        <div className="actions">
          <Button type="submit" isDisabled={state.fetching}>
            {t('password.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
