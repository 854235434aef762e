import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useSearchParams } from 'wouter';
import { useMutation } from 'urql';
import { useI18n } from '../i18n';
import { graphql } from './gql';
import { problemOf, type Problem } from '../graphql/problems';
import { usePageTitle } from '../layout/page-title';
import { Button } from '../ui/button';
import { TextField } from '../ui/text-field';
import { ErrorSummary, Notice } from '../ui/notices';
import { homeOf, safeNext } from './home';
import { useGoOnceSignedIn } from './viewer';

const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password, useCookie: true) {
      user {
        id
        role
      }
    }
  }
`);

const FORGOT = graphql(`
  mutation ForgotPassword($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** `/sign-in`: for partners and library staff. `?next=` brings them back where they were. */
export default function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const goOnceSignedIn = useGoOnceSignedIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [signIn, login] = useMutation(SIGN_IN);
  const [forgot, requestReset] = useMutation(FORGOT);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ email: email.trim(), password });
    const found = problemOf(result.error, t);
    if (found?.code === 'UNAUTHENTICATED') found.summary = t('signIn.wrong');
    setProblem(found);
    if (result.data) {
      goOnceSignedIn(result.data.login.user.id, safeNext(params.get('next')) ?? homeOf(result.data.login.user.role));
    }
  };
  const reset = async () => {
    if (!email.trim()) {
      setProblem({ code: 'BAD_USER_INPUT', summary: t('signIn.emailFirst'), fields: { email: t('problems.field.email') }, conflicts: [] });
      return;
    }
    setProblem(problemOf((await requestReset({ email: email.trim() })).error, t));
  };

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {params.get('expired') ? <Notice kind="note">{t('signIn.expired')}</Notice> : null}
      {!params.get('expired') && safeNext(params.get('next')) ? <Notice kind="note">{t('signIn.needed')}</Notice> : null}
      <p>{t('signIn.intro')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria">
        <ErrorSummary problem={problem} labels={{ email: t('signIn.email') }} />
        <TextField
          id="field-email"
          label={t('signIn.email')}
          value={email}
          onChange={setEmail}
          type="email"
          autoComplete="username"
          isRequired
          error={problem?.fields.email}
        />
        <TextField
          id="field-password"
          label={t('signIn.password')}
          value={password}
          onChange={setPassword}
          type="password"
          autoComplete="current-password"
          isRequired
        />
        <div className="actions">
          <Button type="submit" isDisabled={signIn.fetching}>
            {t('signIn.submit')}
          </Button>
          <Button variant="link" onPress={() => void reset()} isDisabled={forgot.fetching}>
            {t('signIn.forgot')}
          </Button>
        </div>
        {forgot.data ? <Notice kind="ok">{t('signIn.resetSent')}</Notice> : null}
      </Form>
    </>
  );
}
