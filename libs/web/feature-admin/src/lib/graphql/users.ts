import { graphql } from '@jangkau/web-data-access';

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    username
    email
    fullName
    role
    active
    mustChangePassword
    lastLoginAt
    version
    agencyId
    agency {
      id
      shortName
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users(first: 500) {
      ...UserFields
    }
    agencies(filter: { first: 500 }) {
      id
      shortName
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...UserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $temporaryPassword: String!) {
    resetUserPassword(id: $id, temporaryPassword: $temporaryPassword) {
      ...UserFields
    }
  }
`);
