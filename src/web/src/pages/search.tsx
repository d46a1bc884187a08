import { useEffect, useState } from "preact/hooks";
import { apiUrl, useApi } from "../api";
import { formatPeriod } from "../format";
import { useI18n } from "../i18n";
import { lineHref, navigate, type Route, withQuery } from "../router";
import type { SearchHit } from "../types";
import { ErrorBox, FactValue, KindBadge, Loading, PageTitle, Snippet, useDocuments } from "../ui";

/** /tim-kiem?q=: full-text search of the reports, diacritics optional. */
export function SearchPage({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const q = route.query.get("q")?.trim() ?? "";
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const result = useApi<{ hits: SearchHit[] }>(q ? apiUrl("/api/search", { q, limit: 50 }) : null);
  const docs = useDocuments();
  const titles = new Map((docs.data?.documents ?? []).map((d) => [d.id, d.title]));

  return (
    <>
      <PageTitle sub={t("searchHint")}>{t("searchTitle")}</PageTitle>
      <form
        class="inline-form search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const next = draft.trim();
          if (next && next !== q) navigate(withQuery("/tim-kiem", { q: next }));
        }}
      >
        <input
          type="search"
          name="q"
          data-testid="search-input"
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchTitle")}
          value={draft}
          maxLength={500}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t("searchButton")}</button>
      </form>
      {result.loading && <Loading />}
      {result.error && <ErrorBox error={result.error} onRetry={result.reload} />}
      {result.data &&
        (result.data.hits.length === 0 ? (
          <p class="empty">{t("searchNone")}</p>
        ) : (
          <>
            <p class="muted">{t("searchHits", { n: result.data.hits.length })}</p>
            <ol class="hits">
              {result.data.hits.map((h) => (
                <li key={`${h.document_id}:${h.line}`} class="hit" data-testid="search-hit">
                  <div class="hit-head">
                    <a href={lineHref(h.document_id, h.line)} class="line-link">
                      <span class="doc-title">{titles.get(h.document_id) ?? h.doc}</span>
                      {" · "}
                      {h.line_end > h.line
                        ? t("linesRange", { a: h.line, b: h.line_end })
                        : t("lineN", { n: h.line })}
                    </a>
                  </div>
                  <p class="hit-snippet">
                    <Snippet text={h.snippet} />
                  </p>
                  {h.facts.length > 0 && (
                    <ul class="hit-facts">
                      {h.facts.map((f) => (
                        <li key={f.id}>
                          <a href={lineHref(f.document.id, f.line)} class="fact-chip" title={f.sentence}>
                            <FactValue fact={f} />
                            <span class="chip-text">
                              {f.indicator.text} · {formatPeriod(f.period, lang)}
                            </span>
                          </a>
                          <KindBadge kind={f.kind} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </>
        ))}
    </>
  );
}
