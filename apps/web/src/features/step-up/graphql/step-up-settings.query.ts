import { graphql } from '../../../generated';

/** Security › Two-factor authentication: the company's services, each with its switch (R20). */
export const StepUpSettingsQuery = graphql(`
  query StepUpSettings {
    stepUpSettings {
      services {
        service
        protected
      }
    }
  }
`);
