import { apiGet, apiSend } from "./api";
import type { FactDetail, ReviewAction, ReviewChanges } from "./types";

/** One fact with its review history, newest first (GET /api/facts/:id). */
export function loadFact(id: number, signal?: AbortSignal): Promise<FactDetail> {
  return apiGet<FactDetail>(`/api/facts/${id}`, {}, signal);
}

/** POST /api/facts/:id/review: confirm, reject, or correct with only the changed fields. */
export function reviewFact(
  id: number,
  action: ReviewAction,
  changes?: ReviewChanges,
  note?: string,
): Promise<FactDetail> {
  const body: { action: ReviewAction; changes?: ReviewChanges; note?: string } = { action };
  if (changes && Object.keys(changes).length) body.changes = changes;
  if (note?.trim()) body.note = note.trim();
  return apiSend<FactDetail>("POST", `/api/facts/${id}/review`, body);
}
