/**
 * The store's migrations, in order. Each is SQL text in a TypeScript module, so the build ships it
 * with the code. Never edit a migration that was released: add the next one.
 */
import records from './001-records.js';
import sealedInline from './002-sealed-inline.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [records, sealedInline];
