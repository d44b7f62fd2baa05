/**
 * Sealed columns are AES-256-GCM ciphertext, which does not compress: PostgreSQL's toaster tried
 * (pglz) on every row over ~2 KB, a reply-sized draft's, and then moved the value to the TOAST
 * table, which about doubled the cost of recording such a decision (measured on PGlite:
 * 1.6 -> 0.9 ms CPU per insert). Rows now stay inline up to a full page, and a larger value goes
 * out of line uncompressed. Storage settings only: no data changes, existing rows stay as they are.
 */
export default {
  version: 2,
  name: 'sealed columns stored inline and uncompressed',
  sql: /* sql */ `
ALTER TABLE decisions SET (toast_tuple_target = 8160);
ALTER TABLE decisions ALTER COLUMN redacted_body_sealed SET STORAGE EXTERNAL, ALTER COLUMN raw_content_sealed SET STORAGE EXTERNAL;
ALTER TABLE holds SET (toast_tuple_target = 8160);
ALTER TABLE holds ALTER COLUMN raw_content_sealed SET STORAGE EXTERNAL;
ALTER TABLE review_requests ALTER COLUMN justification_sealed SET STORAGE EXTERNAL;
`,
};
