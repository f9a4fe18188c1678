import * as v1 from '../../../generated/v1/validators.response.js';
import * as v2 from '../../../generated/v2/validators.response.js';
import type { DomainEventType } from '../../domain/events.ts';
import type { PayloadVersion } from '../payloads.ts';

type Validator = (typeof v2)['webhook__userCreatedWebhook__0'];

const OPERATION: Record<DomainEventType, string> = {
  'user.created': 'userCreatedWebhook',
  'user.updated': 'userUpdatedWebhook',
  'user.deleted': 'userDeletedWebhook',
  'payment.succeeded': 'paymentSucceededWebhook',
  'payment.failed': 'paymentFailedWebhook',
};

/**
 * The schema violations of a webhook body against its spec's `webhooks:` section (generated validators);
 * empty when it conforms.
 */
export function payloadViolations(version: PayloadVersion, type: DomainEventType, payload: unknown): string[] {
  const validators = (version === 'v1' ? v1 : v2) as unknown as Record<string, Validator>;
  const validate = validators[`webhook__${OPERATION[type]}__0`];
  if (!validate) return [`no validator for ${version} ${type}`];
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
