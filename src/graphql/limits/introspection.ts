import { getNamedType, GraphQLError, isIntrospectionType, type ASTVisitor, type ValidationContext } from '../graphql-js.ts';

/** Refuses introspection (as graphql-js' NoSchemaIntrospectionCustomRule does), naming the setting and the reference. */
export function noIntrospectionInProduction(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const type = getNamedType(context.getType());
      if (type && isIntrospectionType(type)) {
        context.reportError(
          new GraphQLError(
            `Introspection is off in production (NODE_ENV=production), but the document asks for "${node.name.value}"; the schema's reference is at /docs/graphql`,
            { nodes: node },
          ),
        );
      }
    },
  };
}
