import { z } from 'zod';
import { codeListSchema, createdCodeSchema, figuresSchema, type CodeRecord, type CreatedCode, type Figures, type NewCode } from '../../../shared/access';
import { staffToken } from '../../sync/staffToken';
import { callApi, type ApiOutcome } from '../staff/accessApi';

export type { CodeRecord, CreatedCode, Figures, NewCode, StaffRole } from '../../../shared/access';

function withToken(init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${staffToken() ?? ''}`);
  return { ...init, headers };
}

const postJson = (body: unknown): RequestInit =>
  withToken({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export function listCodes(): Promise<ApiOutcome<CodeRecord[]>> {
  return callApi('/api/access/codes', withToken(), codeListSchema).then((outcome) =>
    outcome.ok ? { ok: true, value: outcome.value.codes } : outcome,
  );
}

export function createCode(input: NewCode): Promise<ApiOutcome<CreatedCode>> {
  return callApi('/api/access/codes', postJson(input), createdCodeSchema);
}

export function revokeCode(id: string): Promise<ApiOutcome<{ ok: true }>> {
  return callApi(`/api/access/codes/${encodeURIComponent(id)}/revoke`, postJson({}), z.object({ ok: z.literal(true) }));
}

export function fetchFigures(): Promise<ApiOutcome<Figures>> {
  return callApi('/api/figures', withToken(), figuresSchema);
}
