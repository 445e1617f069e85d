import { graphql } from '../../../generated';

/** Saves the switches; the answer replaces the settings in the cache (and the page's baseline). */
export const UpdateStepUpSettingsMutation = graphql(`
  mutation UpdateStepUpSettings($input: UpdateStepUpSettingsInput!) {
    updateStepUpSettings(input: $input) {
      services {
        service
        protected
      }
    }
  }
`);
