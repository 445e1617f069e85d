import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n';
import { StepUpSettingsQuery } from '../../features/step-up/graphql/step-up-settings.query';
import { TwoFactorSettingsForm } from '../../features/two-factor/components/TwoFactorSettingsForm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

/** Security › Two-factor authentication (R20): which services' management menus need a step-up. */
export function TwoFactorAuthenticationPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(StepUpSettingsQuery, { fetchPolicy: 'cache-and-network' });

  return (
    <>
      <PageHeader title={t('menu.TWO_FACTOR_AUTHENTICATION')} description={t('twoFactor.description')} />
      {data ? (
        <TwoFactorSettingsForm services={data.stepUpSettings.services} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </>
  );
}
