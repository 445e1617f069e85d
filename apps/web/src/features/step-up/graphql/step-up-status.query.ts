import { graphql } from '../../../generated';

/** Whether this session needs a step-up, until when it holds one, and where a code can go (masked). */
export const StepUpStatusQuery = graphql(`
  query StepUpStatus {
    stepUpStatus {
      applies
      verified
      validUntil
      protectedServices
      channels {
        kind
        maskedDestination
      }
    }
    me {
      company {
        id
        timeZone
      }
    }
  }
`);
