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
  /** Direct uploads, where the store takes them (S3, and the local folder with its loopback endpoint). */
  readonly direct?: DirectUploads;
}

/** What a direct upload may be: asked for by the app, checked by the file store itself (S3's POST policy). */
export interface DirectUploadRequest {
  /** Every key the upload may take starts with this; the browser's file name completes it (`${filename}`). */
  keyPrefix: string;
  /** The file's size range in bytes (S3's `content-length-range`). */
  minBytes: number;
  maxBytes: number;
  /** How long the form may be sent. */
  expiresInSeconds: number;
  /** Where the store sends the browser once the file is in (with `bucket`, `key` and `etag` added to its query); without it, 204. */
  redirectTo?: string;
}

/** A form to send the file with: POST `url` as multipart, these fields first and the file (`file`) last. */
export interface DirectUpload {
  url: string;
  fields: Record<string, string>;
}

/** The part of the file port that lets a browser send a file straight to the store, past the function. */
export interface DirectUploads {
  presignUpload(request: DirectUploadRequest): Promise<DirectUpload>;
  /** The origin the upload form posts to (the Content-Security-Policy's `form-action` lets it). */
  readonly uploadOrigin: string;
}
