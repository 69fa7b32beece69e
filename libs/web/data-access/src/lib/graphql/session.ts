import { graphql } from '../../gql';

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    username
    fullName
    role
    mustChangePassword
    agency {
      id
      name
      shortName
      type
    }
  }
`);

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    accessToken
    refreshToken
    expiresIn
    user {
      ...SessionUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!, $deviceToken: String) {
    login(username: $username, password: $password, deviceToken: $deviceToken) {
      ...SessionFields
      deviceToken
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String) {
    logout(refreshToken: $refreshToken)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...SessionFields
    }
  }
`);
