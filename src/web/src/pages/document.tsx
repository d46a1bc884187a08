import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { useApi } from "../api";
import { FactPanel } from "../fact-panel";
import { formatDate, formatNumber, formatPeriod } from "../format";
import { useI18n } from "../i18n";
import type { Route } from "../router";
import type { DocumentDetail, FactPosition } from "../types";
import { ErrorBox, Loading } from "../ui";
import { NotFoundPage } from "./not-found";

/**
 * /van-ban/:id: the document's text line by line (id="L<n>"), every figure read from it marked
 * where it is written, its outline and footnotes beside it. #L120 scrolls to line 120.
 */
export function DocumentPage({ id, route }: { id: string; route: Route }) {
  if (!/^\d{1,10}$/.test(id)) return <NotFoundPage />;
  return <DocumentView key={id} id={Number(id)} hash={route.hash} />;
}

function DocumentView({ id, hash }: { id: number; hash: string }) {
  const { t, lang } = useI18n();
  const detail = useApi<DocumentDetail>(`/api/documents/${id}`);
  const [selected, setSelected] = useState<number | null>(null);
  const close = useCallback(() => setSelected(null), []);

  const lines = useMemo(() => (detail.data ? renderLines(detail.data) : null), [detail.data]);

  // #L<n>: bring the line into view and mark it, once the text is there.
  useEffect(() => {
    if (!lines) return;
    const m = /^L(\d+)$/.exec(hash);
    const el = m ? document.getElementById(`L${m[1]}`) : null;
    for (const old of document.querySelectorAll(".doc-line.target")) old.classList.remove("target");
    if (!el) return;
    el.classList.add("target");
    el.scrollIntoView({ block: "center" });
  }, [lines, hash]);

  // The selected figure is marked in the text (the text itself is not re-rendered).
  useEffect(() => {
    for (const old of document.querySelectorAll("mark.fig.selected")) old.classList.remove("selected");
    if (selected === null) return;
    const mark = document.querySelector(`mark.fig[data-fact-id="${selected}"]`);
    mark?.classList.add("selected");
    // The panel narrows the text: keep the figure where the reader is looking.
    mark?.scrollIntoView({ block: "nearest" });
  }, [selected, lines]);

  if (detail.error) return <ErrorBox error={detail.error} onRetry={detail.reload} />;
  if (!detail.data || !lines) return <Loading />;
  const { document: doc, outline, footnotes, facts } = detail.data;

  const onTextClick = (e: Event) => {
    const mark = e.target instanceof Element ? e.target.closest("mark.fig") : null;
    const factId = mark?.getAttribute("data-fact-id");
    if (factId) setSelected(Number(factId));
  };
  const onTextKey = (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      const mark = e.target instanceof Element ? e.target.closest("mark.fig") : null;
      const factId = mark?.getAttribute("data-fact-id");
      if (factId) {
        e.preventDefault();
        setSelected(Number(factId));
      }
    }
  };

  return (
    <div class={selected !== null ? "document-page with-panel" : "document-page"}>
      <header class="doc-header">
        <h1>{doc.title || doc.doc}</h1>
        <p class="doc-meta">
          {[doc.type, doc.issuer, doc.area].filter(Boolean).join(" · ")}
          {" · "}
          {t("period")}: {formatPeriod(doc.period, lang)}
          {doc.plan_period && (
            <>
              {" · "}
              {t("planPeriod")}: {formatPeriod(doc.plan_period, lang)}
            </>
          )}
          {doc.date && (
            <>
              {" · "}
              {t("date")}: {formatDate(doc.date, lang)}
            </>
          )}
          {doc.draft && <span class="badge draft">{t("draft")}</span>}
        </p>
        <p class="doc-meta muted">
          <code>{doc.doc}</code> · {t("lines")}: {formatNumber(doc.lines, lang)} ·{" "}
          {t("figuresHighlighted", { n: formatNumber(facts.length, lang) })}
        </p>
      </header>
      <div class="doc-layout">
        <nav class="doc-side" aria-label={t("outline")}>
          <h2>{t("outline")}</h2>
          {outline.length === 0 ? (
            <p class="muted">{t("noOutline")}</p>
          ) : (
            <ol class="outline" data-testid="doc-outline">
              {outline.map((h) => (
                <li key={`${h.line}`} class={`level-${Math.min(h.level, 8)}`}>
                  <a href={`#L${h.line}`} title={h.text}>
                    {h.text}
                  </a>
                </li>
              ))}
            </ol>
          )}
          {footnotes.length > 0 && (
            <>
              <h2>{t("footnotes")}</h2>
              <ol class="footnotes" data-testid="doc-footnotes">
                {footnotes.map((n) => (
                  <li key={`${n.line}`}>
                    <a href={`#L${n.line}`} class="line-link">
                      {n.line_end > n.line
                        ? t("linesRange", { a: n.line, b: n.line_end })
                        : t("lineN", { n: n.line })}
                    </a>{" "}
                    <span class="footnote-text">{n.text}</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </nav>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: the marks inside are the buttons; clicks are delegated here */}
        <div class="doc-text" data-testid="doc-text" onClick={onTextClick} onKeyDown={onTextKey}>
          {lines}
        </div>
      </div>
      {selected !== null && <FactPanel id={selected} onClose={close} />}
    </div>
  );
}

/** Every line with its number; the figures on it wrapped in <mark class="fig">, as text nodes. */
function renderLines(detail: DocumentDetail): ComponentChildren[] {
  const byLine = new Map<number, FactPosition[]>();
  for (const f of detail.facts) {
    const list = byLine.get(f.line) ?? [];
    list.push(f);
    byLine.set(f.line, list);
  }
  return detail.text.split("\n").map((text, i) => {
    const n = i + 1;
    return (
      <div class="doc-line" id={`L${n}`} key={n}>
        <a class="ln" href={`#L${n}`} aria-label={`L${n}`}>
          {n}
        </a>
        <span class="lt">{markFigures(text, byLine.get(n) ?? [])}</span>
      </div>
    );
  });
}

/**
 * A line cut around its figures. `column` is 0-based (checked on the stored reports: the
 * value_text starts exactly there); a figure not found there
 * is looked for just after, else left unmarked rather than marked wrongly.
 */
export function markFigures(text: string, facts: FactPosition[]): ComponentChildren[] {
  if (!facts.length) return [text];
  const sorted = [...facts].sort((a, b) => a.column - b.column || a.id - b.id);
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const f of sorted) {
    if (!f.value_text) continue;
    let start = f.column;
    if (text.slice(start, start + f.value_text.length) !== f.value_text) {
      start = text.indexOf(f.value_text, Math.max(at, f.column - 2));
      if (start < 0) continue;
    }
    // Overlapping the figure before (the same number read twice): that mark stands for it.
    if (start < at) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      // biome-ignore lint/a11y/useSemanticElements: the figure stays a <mark> in the flow of the text
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: it opens the fact's panel, as a button would
      <mark class="fig" data-fact-id={f.id} key={f.id} tabIndex={0} role="button">
        {text.slice(start, start + f.value_text.length)}
      </mark>,
    );
    at = start + f.value_text.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
