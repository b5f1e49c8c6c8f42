/**
 * The limits of a spreadsheet import. The body limit keeps an upload, once API Gateway has
 * base64-encoded it for Lambda (4/3 larger), under Lambda's 6 MB request payload.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
/** Data rows per file (the header is not counted). */
export const MAX_IMPORT_ROWS = 10_000;
/** Characters per cell: longer than any field the schemas accept (a summary: 4,000). */
export const MAX_CELL_CHARS = 5_000;
/** What an XLSX may inflate to (the sum of its parts' declared sizes): a zip bomb stops here. */
export const MAX_XLSX_INFLATED_BYTES = 64 * 1024 * 1024;
