import { ApiError, apiGet, apiSend } from "./api";
import type { Fact, FactDetail, ReviewAction, ReviewChanges } from "./types";

/**
 * One fact with its review history (GET /api/facts/:id). A server without that endpoint
 * answers 404 for the path: the fact is then found among its document's facts, without history.
 */
export async function loadFact(id: number, doc?: string, signal?: AbortSignal): Promise<FactDetail> {
  try {
    return await apiGet<FactDetail>(`/api/facts/${id}`, {}, signal);
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 404 && err.message.startsWith("not found:"))) throw err;
    if (!doc) throw err;
    const { facts } = await apiGet<{ facts: Fact[] }>("/api/facts", { doc, limit: 10000 }, signal);
    const fact = facts.find((f) => f.id === id);
    if (!fact) throw err;
    return { fact, history: [] };
  }
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
