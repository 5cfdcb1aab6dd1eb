/*
 * Uploaded files as the protocol sees them: a hash, a type and a size, never the bytes. (No zod
 * here: the start page imports these; the schemas are in mediaSchemas.ts.)
 */

/** A stored file's name: the SHA-256 of its bytes, lower-case hex. */
export const blobHashPattern = /^[0-9a-f]{64}$/;

/** Where Ortstermin serves a stored file: one address per content, cached for ever. */
export function blobPath(hash: string): string {
  return `/api/blobs/${hash}`;
}

/** The sign-language (DGS) video's formats: what phones play without a plug-in. */
export const signVideoTypes = ['video/mp4', 'video/webm'] as const;
export type SignVideoType = (typeof signVideoTypes)[number];

/** The organizer's DGS video on the start page. */
export interface SignVideo {
  hash: string;
  type: SignVideoType;
  size: number;
}

/** The floor plan's image formats; an SVG is stored cleaned of all that runs, loads or links. */
export const planImageTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type PlanImageType = (typeof planImageTypes)[number];

/** The venue's plan as an image under the map's rooms and stands, stretched over its viewBox. */
export interface PlanImage {
  hash: string;
  type: PlanImageType;
  size: number;
}
