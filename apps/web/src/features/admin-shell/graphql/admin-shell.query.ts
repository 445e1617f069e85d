import { graphql } from '../../../generated';

/** One round trip for everything around the pages: who is signed in, and which menus they get. */
export const AdminShellQuery = graphql(`
  query AdminShell {
    me {
      kind
      permissions
      employee {
        id
        name
      }
      company {
        id
        name
        language
      }
    }
    securityMenu {
      ...SecurityMenu_payload
    }
  }
`);
