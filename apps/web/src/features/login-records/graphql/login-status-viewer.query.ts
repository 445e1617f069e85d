import { graphql } from '../../../generated';

/** What the Login status page needs to know about the admin: the company's zone and what they may do. */
export const LoginStatusViewerQuery = graphql(`
  query LoginStatusViewer {
    me {
      permissions
      company {
        id
        timeZone
      }
    }
  }
`);
