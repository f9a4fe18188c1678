/** Where the webhooks code reads the time, so tests can move it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
