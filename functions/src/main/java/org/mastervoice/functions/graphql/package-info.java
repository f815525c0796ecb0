/** The GraphQL API as a plain function: request in, GraphQL response (data/errors) out; schema from graphql-schema. */
package org.mastervoice.functions.graphql;
