import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n';
import { StepUpForm } from '../../features/step-up/components/StepUpForm';
import { safeReturnTo } from '../../features/step-up/step-up-return';
import { PageHeader } from '../../ui/PageHeader';

/** Additional authentication: every STEP_UP_REQUIRED answer leads here, and back to `returnTo` (R21, R22). */
export function StepUpPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));

  return (
    <>
      <PageHeader title={t('stepUp.title')} description={t('stepUp.description')} />
      <StepUpForm
        // The page asked for mounts afresh and fetches what STEP_UP_REQUIRED refused before.
        onVerified={() => void navigate(returnTo, { replace: true })}
        onCancel={() => void navigate('/security', { replace: true })}
      />
    </>
  );
}
