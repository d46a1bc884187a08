import { useMemo } from "preact/hooks";
import { Chart, type ChartOption, tooltipNode } from "./chart";
import { formatNumber, formatPct, formatPeriod, formatValue, KIND_KEY, withUnit } from "./format";
import { type I18n, useI18n } from "./i18n";
import { buildSeries, type SeriesData, slotOf } from "./series";
import type { Fact } from "./types";

/**
 * The chart of an indicator over time: results as a line, targets as diamond markers, the % of
 * target in the tooltip. Its own module, loaded when an indicator page first opens, so that
 * ECharts is not in the bundle every other page loads.
 */

const RESULT_COLOR = "#1d4ed8";
const TARGET_COLOR = "#c2410c";

export function IndicatorChart({ facts }: { facts: Fact[] }) {
  const { t, lang } = useI18n();
  const series = useMemo(() => buildSeries(facts), [facts]);
  const points = series.results.filter((r) => r !== null).length;
  const option = useMemo(() => chartOption(series, lang, t), [series, lang, t]);
  if (!series.categories.length)
    return (
      <div class="chart-empty" data-testid="indicator-chart" data-points={0} data-targets={0}>
        {t("chartEmpty")}
      </div>
    );
  return (
    <Chart
      option={option}
      class="chart"
      attrs={{
        "data-testid": "indicator-chart",
        "data-points": points,
        "data-targets": series.targets.length,
        role: "img",
        "aria-label": `${t("chartResults")}: ${points}; ${t("chartTargets")}: ${series.targets.length}`,
      }}
    />
  );
}

function chartOption(s: SeriesData, lang: "vi" | "en", t: I18n["t"]): ChartOption {
  const unit = (s.results.find((r) => r) ?? s.targets[0]?.fact)?.unit ?? "";
  const describe = (f: Fact) => {
    const slot = slotOf(f.period);
    const when = slot?.span
      ? t("spanAverage", { p: formatPeriod(f.period, lang) })
      : formatPeriod(f.period, lang);
    return `${withUnit(formatValue(f, lang), f.unit)} · ${t(KIND_KEY[f.kind])} · ${when} · ${f.doc} ${t("lineN", { n: f.line })}`;
  };
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 40, bottom: 40 },
    legend: { top: 0, data: [t("chartResults"), t("chartTargets")] },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "line" },
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const index = typeof list[0]?.dataIndex === "number" ? categoryIndex(list[0], s) : -1;
        if (index < 0) return "";
        const lines: { text: string; strong?: boolean; color?: string }[] = [
          { text: formatPeriod(s.categories[index], lang), strong: true },
        ];
        const result = s.results[index];
        if (result) lines.push({ text: `${t("chartResults")}: ${describe(result)}`, color: RESULT_COLOR });
        for (const target of s.targets.filter((p) => p.index === index))
          lines.push({ text: `${t("chartTargets")}: ${describe(target.fact)}`, color: TARGET_COLOR });
        const pct = s.pct[index];
        if (pct !== null) lines.push({ text: `${t("pctOfTarget")}: ${formatPct(pct, lang)}` });
        return tooltipNode(lines);
      },
    },
    xAxis: {
      type: "category",
      data: s.categories,
      boundaryGap: true,
      axisLabel: {
        formatter: (v: string) => (v.includes("-S") && lang === "en" ? formatPeriod(v, lang) : v),
      },
    },
    yAxis: {
      type: "value",
      name: unit,
      scale: true,
      axisLabel: { formatter: (v: number) => formatNumber(v, lang, { max: 2 }) },
    },
    series: [
      {
        name: t("chartResults"),
        type: "line",
        connectNulls: true,
        color: RESULT_COLOR,
        lineStyle: { width: 2 },
        symbolSize: 8,
        data: s.results.map((r) =>
          r ? { value: r.value, symbol: r.kind === "estimate" ? "emptyCircle" : "circle" } : null,
        ),
      },
      {
        name: t("chartTargets"),
        type: "scatter",
        color: TARGET_COLOR,
        symbol: "diamond",
        symbolSize: 13,
        data: s.targets.map((p) => [p.index, p.fact.value]),
      },
    ],
  };
}

/** The category a tooltip entry is about: the line's data index, or the scatter point's x. */
function categoryIndex(p: { seriesType?: string; dataIndex: number }, s: SeriesData): number {
  if (p.seriesType === "scatter") return s.targets[p.dataIndex]?.index ?? -1;
  return p.dataIndex;
}
