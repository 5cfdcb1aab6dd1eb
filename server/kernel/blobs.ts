/** A stored file: the SHA-256 of its bytes (lower-case hex), its media type and its length. */
export interface BlobInfo {
  hash: string;
  type: string;
  size: number;
}

/**
 * Uploaded files (a sign-language video, a floor plan), each stored once by the hash of its bytes,
 * in the installation's database: every process of a PostgreSQL installation reads the same, and
 * a backup of the database holds them. Stored in chunks, so neither an upload nor a range read
 * ever holds a whole video in memory.
 */
export interface BlobStore {
  /**
   * Stores the bytes as they arrive. The same bytes stored again keep the one copy (and its type).
   * When `bytes` throws (too large, the wrong type, a broken connection), nothing stays and the
   * error is thrown on.
   */
  put(bytes: AsyncIterable<Uint8Array>, type: string): Promise<BlobInfo>;
  info(hash: string): Promise<BlobInfo | undefined>;
  /** Bytes `start` to `end`, both included, read one stored chunk at a time. */
  read(hash: string, start: number, end: number): AsyncIterable<Uint8Array>;
  /** How many files and how many stored bytes (unfinished uploads included). */
  usage(): Promise<{ blobs: number; bytes: number }>;
}

/** The largest upload of each kind, in bytes (SIGN_VIDEO_MAX_MB, PLAN_IMAGE_MAX_MB). */
export interface UploadLimits {
  signVideoBytes: number;
  planImageBytes: number;
}

export const defaultUploadLimits: UploadLimits = { signVideoBytes: 200 * 1024 * 1024, planImageBytes: 10 * 1024 * 1024 };

/** What an event's features get to store and check uploads: the installation's blobs and the limits. */
export interface Uploads {
  blobs: BlobStore;
  limits: UploadLimits;
}
