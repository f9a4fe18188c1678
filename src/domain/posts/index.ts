export { createCommentService, COMMENT_LIMITS, type CommentService } from './comments.ts';
export type { Comment, NewComment, NewPost, Post, Viewer } from './model.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, toPage, type Page, type PageRequest } from './page.ts';
export { createPostService, POST_LIMITS, type PostFilter, type PostService } from './posts.ts';
export { createUserDirectory, type UserDirectory } from './user-directory.ts';
