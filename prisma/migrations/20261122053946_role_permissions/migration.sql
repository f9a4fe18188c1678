-- CreateTable
CREATE TABLE "role_permissions" (
    "role" "role" NOT NULL,
    "permission" TEXT NOT NULL,

    CONSTRAINT "role_permissions_pkey" PRIMARY KEY ("role","permission")
);

-- The permissions of each role (GET /api/v2/users/{id}?include=permissions).
INSERT INTO "role_permissions" ("role", "permission") VALUES
  ('admin', 'users:read'), ('admin', 'users:write'), ('admin', 'users:delete'), ('admin', 'users:manage_roles'),
  ('admin', 'webhooks:manage'), ('admin', 'posts:read'), ('admin', 'posts:write'), ('admin', 'posts:moderate'),
  ('admin', 'comments:write'), ('admin', 'comments:moderate'),
  ('moderator', 'users:read'), ('moderator', 'posts:read'), ('moderator', 'posts:write'), ('moderator', 'posts:moderate'),
  ('moderator', 'comments:write'), ('moderator', 'comments:moderate'),
  ('user', 'profile:read'), ('user', 'profile:write'), ('user', 'posts:read'), ('user', 'posts:write'), ('user', 'comments:write'),
  ('guest', 'posts:read');
