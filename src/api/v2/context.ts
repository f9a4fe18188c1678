import type { Principal } from '../../domain/credentials/principal.ts';
import type { HandlerContext } from '../../framework/index.ts';

/** v2 takes API keys and user tokens. */
export type V2Context = HandlerContext<Principal>;
