import type { LineSeriesOption, ScatterSeriesOption } from "echarts/charts";
import { LineChart, ScatterChart } from "echarts/charts";
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from "echarts/components";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import type { ComposeOption } from "echarts/core";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "preact/hooks";

/**
 * ECharts with only what the app draws: lines, scatter markers, a grid, a legend and tooltips,
 * on canvas. Tooltips are built as DOM nodes by the caller (formatter returning an element), so
 * no figure or sentence is ever parsed as HTML.
 */
echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export interface ChartProps {
  option: ChartOption;
  class?: string;
  /** data-* and aria attributes for the container. */
  attrs?: Record<string, string | number>;
}

export function Chart({ option, class: className, attrs }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} class={className ?? "chart"} {...attrs} />;
}

/** A tooltip's content as elements: one line per entry, every entry plain text. */
export function tooltipNode(lines: { text: string; strong?: boolean; color?: string }[]): HTMLElement {
  const box = document.createElement("div");
  box.className = "chart-tooltip";
  for (const l of lines) {
    const row = document.createElement("div");
    if (l.color) {
      const dot = document.createElement("span");
      dot.className = "chart-dot";
      dot.style.background = l.color;
      row.append(dot);
    }
    const text = document.createElement(l.strong ? "strong" : "span");
    text.textContent = l.text;
    row.append(text);
    box.append(row);
  }
  return box;
}
