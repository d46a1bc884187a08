import { useEffect } from "preact/hooks";
import { useLoad } from "./api";
import { loadFact } from "./facts";
import { formatPeriod, MEASURE_KEY } from "./format";
import { useI18n, whyLabel } from "./i18n";
import { ErrorBox, FactValue, KindBadge, LineLink, Loading, Quote, StateBadge } from "./ui";

/** The figure clicked in a document: what was read from it, where, and links onwards. */
export function FactPanel({ id, onClose }: { id: number; onClose: () => void }) {
  const { t, lang } = useI18n();
  const detail = useLoad(`${id}`, (signal) => loadFact(id, signal));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const f = detail.data?.fact;
  return (
    <aside class="fact-panel" data-testid="fact-panel" data-fact-id={id} aria-label={t("factPanelTitle")}>
      <div class="panel-head">
        <h2>
          {t("factPanelTitle")} #{id}
        </h2>
        <button type="button" class="close" onClick={onClose} aria-label={t("close")} title={t("close")}>
          ×
        </button>
      </div>
      {detail.loading && <Loading />}
      {detail.error && <ErrorBox error={detail.error} />}
      {f && (
        <>
          <p class="panel-value">
            <FactValue fact={f} /> <KindBadge kind={f.kind} /> <StateBadge state={f.review_state} />
          </p>
          <dl class="fact-fields">
            <dt>{t("indicator")}</dt>
            <dd>
              {f.indicator.text}
              {f.indicator.code && (
                <>
                  {" "}
                  <code>{f.indicator.code}</code>
                </>
              )}
            </dd>
            <dt>{t("period")}</dt>
            <dd>
              {formatPeriod(f.period, lang)}
              {formatPeriod(f.period, lang) !== f.period && <span class="muted"> ({f.period})</span>}
            </dd>
            <dt>{t("area")}</dt>
            <dd>{f.area}</dd>
            <dt>{t("measure")}</dt>
            <dd>{MEASURE_KEY[f.measure] ? t(MEASURE_KEY[f.measure]) : f.measure}</dd>
            {f.base && (
              <>
                <dt>{t("base")}</dt>
                <dd>{f.base}</dd>
              </>
            )}
            <dt>{t("document")}</dt>
            <dd>
              <LineLink documentId={f.document.id} line={f.line} title={f.document.title} />
            </dd>
            {f.why && (
              <>
                <dt>{t("why")}</dt>
                <dd data-testid="fact-why">
                  <ul class="why">
                    <WhyRule label={t("kind")} which="kind" id={f.why.kind} />
                    <WhyRule label={t("period")} which="period" id={f.why.period} />
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <Quote sentence={f.sentence} value={f.value_text} />
          <p class="panel-links">
            {f.indicator.code && (
              <a class="button secondary" href={`/chi-tieu/${encodeURIComponent(f.indicator.code)}`}>
                {t("openIndicator")}
              </a>
            )}
            <a class="button" href={`/ra-soat/${f.id}`} data-testid="fact-review-link">
              {t("reviewFigure")}
            </a>
          </p>
        </>
      )}
    </aside>
  );
}

/** One rule of the extractor: its short label, and its id beside it for a reviewer. */
function WhyRule({ label, which, id }: { label: string; which: "kind" | "period"; id: string }) {
  const { lang } = useI18n();
  const said = whyLabel(which, id, lang);
  return (
    <li data-why={which}>
      {label}: {said}
      {said !== id && (
        <>
          {" "}
          <code class="muted">{id}</code>
        </>
      )}
    </li>
  );
}
