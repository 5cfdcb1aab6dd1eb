import { z } from 'zod';
import { codeListSchema, createdCodeSchema, figuresSchema, type CodeRecord, type CreatedCode, type Figures, type NewCode } from '../../../shared/access';
import { callApi, postJson, type ApiOutcome } from '../../sync/httpApi';

export type { CodeRecord, CreatedCode, Figures, NewCode, StaffRole } from '../../../shared/access';

export function listCodes(): Promise<ApiOutcome<CodeRecord[]>> {
  return callApi('/api/access/codes', {}, codeListSchema).then((outcome) =>
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
  return callApi('/api/figures', {}, figuresSchema);
}
