import { graphql } from '../../../generated';

/** What the Security drawer needs; spread into the admin shell's query. */
export const SecurityMenuFragment = graphql(`
  fragment SecurityMenu_payload on SecurityMenuPayload {
    available
    unavailableReason
    items {
      menu
      path
    }
  }
`);
