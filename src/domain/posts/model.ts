export interface Post {
  id: string;
  authorId: string;
  title: string;
  content: string;
  published: boolean;
  tags: string[];
  createdAt: Date;
}

export interface Comment {
  id: string;
  postId: string;
  authorId: string;
  /** The comment this one replies to; null for a top-level comment. */
  parentId: string | null;
  content: string;
  createdAt: Date;
}

/**
 * Who reads. A draft exists for its author and admins only; a soft-deleted user's posts and comments exist for
 * admins only (so whoever else sees a post or comment can also see its author).
 */
export interface Viewer {
  userId: string | undefined;
  admin: boolean;
}

export interface NewPost {
  title: string;
  content: string;
  published?: boolean | undefined;
  tags?: readonly string[] | undefined;
}

export interface NewComment {
  postId: string;
  content: string;
  /** Makes the comment a reply to this comment, which must be on the same post. */
  parentId?: string | null | undefined;
}
