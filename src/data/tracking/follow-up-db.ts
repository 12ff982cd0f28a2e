/**
 * The name of the browser database that holds the follow-ups. Its own module so the on-demand
 * store (lazy-follow-up-store.ts) can ask whether it exists without loading the store's code.
 */
export const FOLLOW_UP_DB_NAME = 'zz-tracker';
