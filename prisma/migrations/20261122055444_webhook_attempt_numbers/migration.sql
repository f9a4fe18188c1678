-- Attempts are numbered per delivery (1, 2, ...): the delivery log orders by it, and a number recorded twice is refused.

-- DropIndex
DROP INDEX "webhook_delivery_attempts_delivery_id_attempted_at_idx";

-- AlterTable: number the attempts already recorded in the order they were made, then require the column.
ALTER TABLE "webhook_delivery_attempts" ADD COLUMN     "number" INTEGER;
UPDATE "webhook_delivery_attempts" AS a
SET "number" = numbered.n
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "delivery_id" ORDER BY "attempted_at", "id") AS n
  FROM "webhook_delivery_attempts"
) AS numbered
WHERE a."id" = numbered."id";
ALTER TABLE "webhook_delivery_attempts" ALTER COLUMN "number" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_attempts_delivery_id_number_key" ON "webhook_delivery_attempts"("delivery_id", "number");
