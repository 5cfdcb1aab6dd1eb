import { z } from 'zod';
import { staffToken } from '../../sync/staffToken';
import { callApi, type ApiOutcome } from '../staff/accessApi';

const staffRoles = ['moderator', 'organizer', 'host'] as const;
export type StaffRole = (typeof staffRoles)[number];

const codeRecordSchema = z.object({
  id: z.uuid(),
  role: z.enum(staffRoles),
  standId: z.string().nullable(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

const createdSchema = z.object({
  record: codeRecordSchema,
  code: z.string().min(16),
  link: z.url(),
  // Shown in an <img>: only a PNG data URL, never another scheme or host.
  qrDataUrl: z.string().startsWith('data:image/png;base64,'),
});

const figuresSchema = z.record(z.string(), z.number());

export type CodeRecord = z.infer<typeof codeRecordSchema>;
export type CreatedCode = z.infer<typeof createdSchema>;
export type Figures = z.infer<typeof figuresSchema>;
export type NewCode = { role: 'moderator' | 'organizer'; label: string } | { role: 'host'; standId: string; label: string };

function withToken(init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${staffToken() ?? ''}`);
  return { ...init, headers };
}

const postJson = (body: unknown): RequestInit =>
  withToken({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export function listCodes(): Promise<ApiOutcome<CodeRecord[]>> {
  return callApi('/api/access/codes', withToken(), z.object({ codes: z.array(codeRecordSchema) })).then((outcome) =>
    outcome.ok ? { ok: true, value: outcome.value.codes } : outcome,
  );
}

export function createCode(input: NewCode): Promise<ApiOutcome<CreatedCode>> {
  return callApi('/api/access/codes', postJson(input), createdSchema);
}

export function revokeCode(id: string): Promise<ApiOutcome<{ ok: true }>> {
  return callApi(`/api/access/codes/${encodeURIComponent(id)}/revoke`, postJson({}), z.object({ ok: z.literal(true) }));
}

export function fetchFigures(): Promise<ApiOutcome<Figures>> {
  return callApi('/api/figures', withToken(), figuresSchema);
}
