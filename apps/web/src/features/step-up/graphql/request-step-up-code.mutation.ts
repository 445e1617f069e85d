import { graphql } from '../../../generated';

export const RequestStepUpCodeMutation = graphql(`
  mutation RequestStepUpCode($channel: StepUpChannel!) {
    requestStepUpCode(channel: $channel) {
      channel
      maskedDestination
      expiresAt
    }
  }
`);
