// generated from src/client/graphql/operations.graphql and spec/graphql/schema.graphql - do not edit
export class TypedDocumentString extends String {
    __apiType;
    value;
    __meta__;
    constructor(value, __meta__) {
        super(value);
        this.value = value;
        this.__meta__ = __meta__;
    }
    toString() {
        return this.value;
    }
}
export const UserFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserFields on User {
  id
  name
  role
  createdAt
  updatedAt
}
    `, { "fragmentName": "UserFields" });
export const PostFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostFields on Post {
  id
  title
  content
  published
  tags
  createdAt
  author {
    id
    name
  }
}
    `, { "fragmentName": "PostFields" });
export const CommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommentFields on Comment {
  id
  content
  createdAt
  author {
    id
    name
  }
}
    `, { "fragmentName": "CommentFields" });
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...UserFields
  }
}
    fragment UserFields on User {
  id
  name
  role
  createdAt
  updatedAt
}`);
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserFields
    email
    posts(first: 10) {
      ...PostFields
    }
  }
}
    fragment UserFields on User {
  id
  name
  role
  createdAt
  updatedAt
}
fragment PostFields on Post {
  id
  title
  content
  published
  tags
  createdAt
  author {
    id
    name
  }
}`);
export const PostsDocument = new TypedDocumentString(`
    query Posts($first: Int, $published: Boolean, $after: ID) {
  posts(first: $first, published: $published, after: $after) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  title
  content
  published
  tags
  createdAt
  author {
    id
    name
  }
}`);
export const PostDocument = new TypedDocumentString(`
    query Post($id: ID!, $first: Int) {
  post(id: $id) {
    ...PostFields
    comments(first: $first) {
      ...CommentFields
      replies(first: $first) {
        ...CommentFields
      }
    }
  }
}
    fragment PostFields on Post {
  id
  title
  content
  published
  tags
  createdAt
  author {
    id
    name
  }
}
fragment CommentFields on Comment {
  id
  content
  createdAt
  author {
    id
    name
  }
}`);
export const CreatePostDocument = new TypedDocumentString(`
    mutation CreatePost($title: String!, $content: String!, $published: Boolean, $tags: [String!]) {
  createPost(title: $title, content: $content, published: $published, tags: $tags) {
    ...PostFields
  }
}
    fragment PostFields on Post {
  id
  title
  content
  published
  tags
  createdAt
  author {
    id
    name
  }
}`);
export const CreateCommentDocument = new TypedDocumentString(`
    mutation CreateComment($postId: ID!, $content: String!, $parentId: ID) {
  createComment(postId: $postId, content: $content, parentId: $parentId) {
    ...CommentFields
    post {
      id
    }
  }
}
    fragment CommentFields on Comment {
  id
  content
  createdAt
  author {
    id
    name
  }
}`);
