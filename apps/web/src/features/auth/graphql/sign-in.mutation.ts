import { graphql } from '../../../generated';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      me {
        kind
        company {
          id
          language
        }
      }
    }
  }
`);
