import { graphql } from '../../../generated';

export const VerifyStepUpCodeMutation = graphql(`
  mutation VerifyStepUpCode($code: String!) {
    verifyStepUpCode(code: $code) {
      validUntil
    }
  }
`);
