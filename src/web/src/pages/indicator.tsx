import { useEffect, useMemo, useState } from "preact/hooks";
import { apiUrl, useApi, useCached } from "../api";
import { formatPeriod, MEASURE_KEY } from "../format";
import { sectorName, useI18n } from "../i18n";
import { navigate, type Route, withQuery } from "../router";
import { mostFrequent, periodOrder, slotOf } from "../series";
import type { Fact, Indicator } from "../types";
import { ErrorBox, FactValue, KindBadge, LineLink, Loading, PageTitle, Quote } from "../ui";

/** /chi-tieu/:code: the indicator over time (chart) and every version of its figures (table). */
export function IndicatorPage({ code, route }: { code: string; route: Route }) {
  const { t, lang } = useI18n();
  const catalogue = useCached<{ indicators: Indicator[] }>("/api/indicators");
  const facts = useApi<{ facts: Fact[] }>(apiUrl("/api/facts", { indicator: code, limit: 10000 }));
  const indicator = catalogue.data?.indicators.find((i) => i.code === code);
  // Only the figures the catalogue code was given to (the API also matches words of the text).
  const own = useMemo(
    () => (facts.data?.facts ?? []).filter((f) => f.indicator.code === code),
    [facts.data, code],
  );

  const areas = useMemo(() => byCount(own.map((f) => f.area)), [own]);
  const area = route.query.get("area") ?? areas[0] ?? "";
  const inArea = own.filter((f) => !area || f.area === area);
  // The chart shows one measure: by default the one most of the figures on the axis have.
  const measures = byCount(inArea.map((f) => f.measure));
  const charted = inArea.filter((f) => slotOf(f.period) && f.measure !== "pct_of_target");
  const defaultMeasure = mostFrequent(charted, (f) => f.measure) ?? measures[0] ?? "";
  const measure = route.query.get("measure") ?? defaultMeasure;

  const set = (changes: Record<string, string | null>) =>
    navigate(
      withQuery(route.path, {
        area: route.query.get("area"),
        measure: route.query.get("measure"),
        ...changes,
      }),
      { replace: true },
    );

  const name = indicator ? (lang === "en" ? indicator.name_en : indicator.name_vi) : code;
  return (
    <>
      <PageTitle
        sub={
          indicator ? (
            <>
              <code>{indicator.code}</code> · {indicator.unit} · {sectorName(indicator.sector, lang)}
              {indicator.direction && (
                <> · {indicator.direction === "up" ? t("directionUp") : t("directionDown")}</>
              )}
            </>
          ) : catalogue.data ? (
            t("indicatorNotInCatalogue", { code })
          ) : null
        }
      >
        {name}
      </PageTitle>
      {facts.error && <ErrorBox error={facts.error} onRetry={facts.reload} />}
      {facts.loading && <Loading />}
      {facts.data && (
        <>
          <section class="card">
            <div class="card-head">
              <h2>{t("overTime")}</h2>
              <form class="filters compact" onSubmit={(e) => e.preventDefault()}>
                <label>
                  {t("area")}
                  <select
                    value={area}
                    data-testid="indicator-area"
                    onChange={(e) => set({ area: (e.currentTarget as HTMLSelectElement).value })}
                  >
                    {areas.map((a) => (
                      <option key={a} value={a}>
                        {a}
                      </option>
                    ))}
                  </select>
                </label>
                {measures.length > 1 && (
                  <label>
                    {t("measure")}
                    <select
                      value={measure}
                      onChange={(e) => set({ measure: (e.currentTarget as HTMLSelectElement).value })}
                    >
                      {measures.map((m) => (
                        <option key={m} value={m}>
                          {MEASURE_KEY[m] ? t(MEASURE_KEY[m]) : m}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </form>
            </div>
            <LazyChart facts={inArea.filter((f) => f.measure === measure)} />
            <p class="note">{t("chartNote")}</p>
          </section>
          <VersionsTable facts={inArea} />
        </>
      )}
    </>
  );
}

type ChartModule = typeof import("../indicator-chart");

/** ECharts is loaded with the first indicator page, not with the app. */
function LazyChart({ facts }: { facts: Fact[] }) {
  const { t } = useI18n();
  const [mod, setMod] = useState<ChartModule | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    import("../indicator-chart").then(
      (m) => alive && setMod(m),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  if (failed) return <p class="error">{t("chartFailed")}</p>;
  if (!mod) return <div class="chart chart-loading">{t("loading")}</div>;
  return <mod.IndicatorChart facts={facts} />;
}

/** Distinct values, the most frequent first. */
function byCount(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

function VersionsTable({ facts }: { facts: Fact[] }) {
  const { t, lang } = useI18n();
  const sorted = facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => periodOrder(a.f.period) - periodOrder(b.f.period) || a.i - b.i)
    .map(({ f }) => f);
  return (
    <section class="card">
      <div class="card-head">
        <h2>{t("versionsTitle")}</h2>
        <span class="muted">{t("versionsCount", { n: facts.length })}</span>
      </div>
      {sorted.length === 0 ? (
        <p class="empty">{t("noFacts")}</p>
      ) : (
        <div class="table-wrap">
          <table class="versions-table" data-testid="versions-table">
            <thead>
              <tr>
                <th>{t("period")}</th>
                <th>{t("kind")}</th>
                <th class="num">{t("value")}</th>
                <th>{t("measure")}</th>
                <th>{t("document")}</th>
                <th>{t("line")}</th>
                <th>{t("sentence")}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((f) => (
                <tr key={f.id} class={`kind-row-${f.kind}`}>
                  <td class="period">{formatPeriod(f.period, lang)}</td>
                  <td>
                    <KindBadge kind={f.kind} />
                  </td>
                  <td class="num">
                    <FactValue fact={f} />
                  </td>
                  <td>{MEASURE_KEY[f.measure] ? t(MEASURE_KEY[f.measure]) : f.measure}</td>
                  <td class="doc-cell" title={f.document.title}>
                    <span class="doc-title-short">{f.document.title}</span>
                    <span class="doc-name">{f.doc}</span>
                  </td>
                  <td>
                    <LineLink documentId={f.document.id} line={f.line} short />
                  </td>
                  <td class="sentence">
                    <Quote sentence={f.sentence} value={f.value_text} />
                    <a class="review-link" href={`/ra-soat/${f.id}`}>
                      {t("reviewOpen")}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
