import type { ComponentChildren } from "preact";
import { type ApiError, useCached } from "./api";
import { formatValue, KIND_KEY, STATE_KEY, STATUS_KEY, withUnit } from "./format";
import { type Key, useI18n } from "./i18n";
import { lineHref, withQuery } from "./router";
import type { DocumentMeta, Fact, Kind, ReviewState, Status } from "./types";

/** Small pieces every page uses. All text goes in as text nodes: nothing is parsed as HTML. */

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t("loading")}
    </p>
  );
}

export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div class="error" role="alert">
      <strong>{t("errorPrefix")}:</strong> {error.message}
      {error.status === 401 && (
        <>
          {" "}
          <a href={signInHref()}>{t("signIn")}</a>
        </>
      )}
      {onRetry && (
        <button type="button" class="link-button" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}

/** The sign-in page, coming back here afterwards. */
export function signInHref(): string {
  return withQuery("/dang-nhap", { next: location.pathname + location.search + location.hash });
}

export function SignInPrompt({ message }: { message: Key }) {
  const { t } = useI18n();
  return (
    <div class="notice" data-testid="sign-in-prompt">
      <p>{t(message)}</p>
      <a class="button" href={signInHref()}>
        {t("signIn")}
      </a>
    </div>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span class={`badge status-${status}`} data-status={status}>
      {t(STATUS_KEY[status])}
    </span>
  );
}

export function KindBadge({ kind }: { kind: Kind }) {
  const { t } = useI18n();
  return <span class={`badge kind-${kind}`}>{t(KIND_KEY[kind] ?? "none")}</span>;
}

export function StateBadge({ state }: { state: ReviewState | undefined }) {
  const { t } = useI18n();
  if (!state) return null;
  return <span class={`badge state-${state}`}>{t(STATE_KEY[state] ?? "none")}</span>;
}

/** A figure's value and unit in the reader's language. */
export function FactValue({ fact }: { fact: Fact }) {
  const { lang } = useI18n();
  return <span class="num">{withUnit(formatValue(fact, lang), fact.unit)}</span>;
}

/** "Document title, line 12", linking to the line. */
export function LineLink({
  documentId,
  line,
  title,
  short,
}: {
  documentId: number;
  line: number;
  title?: string;
  short?: boolean;
}) {
  const { t } = useI18n();
  return (
    <a href={lineHref(documentId, line)} class="line-link" title={title}>
      {!short && title ? <span class="doc-title">{title}</span> : null}
      {!short && title ? ", " : null}
      {t("lineN", { n: line })}
    </a>
  );
}

/** A search snippet: the words between « and » are marked, the rest stays plain text. */
export function Snippet({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  const re = /«([^«»]*)»/g;
  let last = 0;
  let i = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(<mark key={i++}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <span class="snippet">{parts}</span>;
}

/** A sentence with one figure marked where it is written (its first occurrence). */
export function Quote({ sentence, value }: { sentence: string; value?: string }) {
  const at = value ? sentence.indexOf(value) : -1;
  if (!value || at < 0) return <q class="quote">{sentence}</q>;
  return (
    <q class="quote">
      {sentence.slice(0, at)}
      <mark>{value}</mark>
      {sentence.slice(at + value.length)}
    </q>
  );
}

/** The documents list, fetched once: titles for the ids and names in other answers. */
export function useDocuments() {
  return useCached<{ documents: DocumentMeta[] }>("/api/documents");
}

export function PageTitle({ children, sub }: { children: ComponentChildren; sub?: ComponentChildren }) {
  return (
    <div class="page-title">
      <h1>{children}</h1>
      {sub ? <p class="sub">{sub}</p> : null}
    </div>
  );
}
