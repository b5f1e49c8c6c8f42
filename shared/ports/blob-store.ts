/**
 * The file port: where uploaded files live (case attachments, the raw emails
 * and attachments of intake reports). S3 on AWS, a folder under the data
 * directory locally. Keys are opaque paths chosen by the feature
 * (`attachments/<caseId>/<attachmentId>`); callers decide who may read them,
 * so nothing here is ever public.
 */
export interface StoredBlob {
  body: Uint8Array;
  contentType: string;
}

export interface BlobDownload {
  /** The name offered to the browser (Content-Disposition: attachment). */
  filename: string;
  contentType: string;
  /** How long a handed-out link works. */
  expiresInSeconds: number;
}

export interface BlobStore {
  put(key: string, blob: StoredBlob): Promise<void>;
  /** The file, or null when no file has that key. */
  get(key: string): Promise<StoredBlob | null>;
  /** Removes the file; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /**
   * A short-lived link that downloads the file directly (a presigned S3 URL),
   * or null where there is none (locally): the app then streams the file itself.
   * Only call it after the caller's access to the file was checked.
   */
  downloadUrl(key: string, download: BlobDownload): Promise<string | null>;
}
