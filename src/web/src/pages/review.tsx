import { useState } from "preact/hooks";
import { ApiError, useCached, useLoad } from "../api";
import { loadFact, reviewFact } from "../facts";
import {
  ACTION_KEY,
  editableNumber,
  formatDate,
  formatNumber,
  formatPeriod,
  KIND_KEY,
  MEASURE_KEY,
  parseNumber,
} from "../format";
import { type Key, useI18n } from "../i18n";
import { canEdit, useSession } from "../session";
import {
  type Fact,
  type FactDetail,
  type HistoryEntry,
  type Indicator,
  KINDS,
  type Kind,
  type ReviewAction,
  type ReviewChanges,
} from "../types";
import {
  ErrorBox,
  FactValue,
  KindBadge,
  LineLink,
  Loading,
  PageTitle,
  Quote,
  SignInPrompt,
  StateBadge,
} from "../ui";
import { NotFoundPage } from "./not-found";

/** /ra-soat/:factId: one fact, confirm / reject / correct it, and its review history. */
export function ReviewPage({ factId }: { factId: string }) {
  if (!/^\d{1,12}$/.test(factId)) return <NotFoundPage />;
  return <ReviewView key={factId} id={Number(factId)} />;
}

function ReviewView({ id }: { id: number }) {
  const { t } = useI18n();
  const session = useSession();
  const loaded = useLoad(`${id}|${session.user?.name ?? ""}`, (signal) => loadFact(id, signal));
  // The answer of the last review replaces what was loaded.
  const [updated, setUpdated] = useState<FactDetail | null>(null);
  // Said above the form, which starts afresh after every review.
  const [saved, setSaved] = useState(false);
  const done = (d: FactDetail) => {
    setUpdated(d);
    setSaved(true);
  };
  const detail = updated && updated.fact.id === id ? updated : loaded.data;

  if (loaded.error && !detail) {
    const missing = loaded.error.status === 404 && loaded.error.message.startsWith("not found:");
    return (
      <>
        <PageTitle>{t("reviewFactTitle", { id })}</PageTitle>
        {!session.user && <SignInPrompt message="signInToReview" />}
        <ErrorBox error={loaded.error} onRetry={loaded.reload} />
        {missing && <p class="muted">{t("reviewNotAvailable")}</p>}
      </>
    );
  }
  if (!detail) return <Loading />;
  const { fact, history } = detail;
  return (
    <>
      <PageTitle>{t("reviewFactTitle", { id })}</PageTitle>
      <div class="review-layout">
        <section class="card fact-card" data-testid="review-fact">
          <p class="panel-value">
            <FactValue fact={fact} /> <KindBadge kind={fact.kind} /> <StateBadge state={fact.review_state} />
          </p>
          <FactFields fact={fact} />
          <Quote sentence={fact.sentence} value={fact.value_text} />
        </section>
        <section class="card">
          {!session.user ? (
            <SignInPrompt message="signInToReview" />
          ) : !canEdit(session) ? (
            <p class="notice">{t("editorOnly", { name: session.user.name })}</p>
          ) : (
            <>
              {saved && (
                <p class="success" role="status" data-testid="review-saved">
                  {t("saved")}
                </p>
              )}
              <ReviewForm
                key={`${fact.id}|${history.length}`}
                fact={fact}
                onDone={done}
                onEdit={() => setSaved(false)}
              />
            </>
          )}
        </section>
      </div>
      <History history={history} />
    </>
  );
}

function FactFields({ fact }: { fact: Fact }) {
  const { t, lang } = useI18n();
  return (
    <dl class="fact-fields">
      <dt>{t("indicator")}</dt>
      <dd>
        {fact.indicator.text}{" "}
        {fact.indicator.code && (
          <a href={`/chi-tieu/${encodeURIComponent(fact.indicator.code)}`}>
            <code>{fact.indicator.code}</code>
          </a>
        )}
      </dd>
      <dt>{t("period")}</dt>
      <dd>
        {formatPeriod(fact.period, lang)}
        {formatPeriod(fact.period, lang) !== fact.period && <span class="muted"> ({fact.period})</span>}
      </dd>
      <dt>{t("area")}</dt>
      <dd>{fact.area}</dd>
      <dt>{t("measure")}</dt>
      <dd>{MEASURE_KEY[fact.measure] ? t(MEASURE_KEY[fact.measure]) : fact.measure}</dd>
      <dt>{t("asWritten")}</dt>
      <dd>
        <code>{fact.value_text}</code>
      </dd>
      <dt>{t("document")}</dt>
      <dd>
        <LineLink documentId={fact.document.id} line={fact.line} title={fact.document.title} />
      </dd>
    </dl>
  );
}

interface FormValues {
  value: string;
  unit: string;
  kind: Kind;
  period: string;
  area: string;
  indicator_code: string;
}

function ReviewForm({
  fact,
  onDone,
  onEdit,
}: {
  fact: Fact;
  onDone: (d: FactDetail) => void;
  onEdit: () => void;
}) {
  const { t, lang } = useI18n();
  const catalogue = useCached<{ indicators: Indicator[] }>("/api/indicators");
  const initial: FormValues = {
    value: editableNumber(fact.value, lang),
    unit: fact.unit,
    kind: fact.kind,
    period: fact.period,
    area: fact.area,
    indicator_code: fact.indicator.code ?? "",
  };
  const [values, setValues] = useState<FormValues>(initial);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const field = (name: keyof FormValues) => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setValues((old) => ({ ...old, [name]: v }));
  };

  const send = async (action: ReviewAction, changes?: ReviewChanges) => {
    setBusy(true);
    setMessage(null);
    onEdit();
    try {
      const detail = await reviewFact(fact.id, action, changes, note);
      onDone(detail);
    } catch (err) {
      setMessage({ error: true, text: err instanceof ApiError ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  /** Only the fields that differ from the fact. */
  const changes = (): ReviewChanges | string => {
    const c: ReviewChanges = {};
    const value = parseNumber(values.value, lang);
    if (value === null) return t("badNumber");
    if (value !== fact.value) c.value = value;
    if (values.unit.trim() !== fact.unit) c.unit = values.unit.trim();
    if (values.kind !== fact.kind) c.kind = values.kind;
    if (values.period.trim() !== fact.period) c.period = values.period.trim();
    if (values.area.trim() !== fact.area) c.area = values.area.trim();
    if (values.indicator_code !== (fact.indicator.code ?? ""))
      c.indicator_code = values.indicator_code || null;
    return c;
  };

  const codes = catalogue.data?.indicators ?? [];
  const knownCode = !fact.indicator.code || codes.some((i) => i.code === fact.indicator.code);

  return (
    <div class="review-form">
      <div class="review-actions">
        <button
          type="button"
          class="confirm"
          data-testid="review-confirm"
          disabled={busy}
          onClick={() => send("confirm")}
        >
          {t("confirm")}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="review-reject"
          disabled={busy}
          onClick={() => send("reject")}
        >
          {t("reject")}
        </button>
      </div>
      <label class="block">
        {t("note")}
        <textarea
          name="note"
          data-testid="review-note"
          rows={2}
          maxLength={2000}
          placeholder={t("notePlaceholder")}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <form
        class="correct-form"
        data-testid="review-correct-form"
        onSubmit={(e) => {
          e.preventDefault();
          const c = changes();
          onEdit();
          if (typeof c === "string") {
            setMessage({ error: true, text: c });
            return;
          }
          if (!Object.keys(c).length) {
            setMessage({ error: true, text: t("noChanges") });
            return;
          }
          void send("correct", c);
        }}
      >
        <h3>{t("correctTitle")}</h3>
        <div class="form-grid">
          <label>
            {t("fieldValue")}
            <input name="value" inputMode="decimal" required value={values.value} onInput={field("value")} />
          </label>
          <label>
            {t("fieldUnit")}
            <input name="unit" value={values.unit} onInput={field("unit")} />
          </label>
          <label>
            {t("fieldKind")}
            <select name="kind" value={values.kind} onChange={field("kind")}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_KEY[k])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("fieldPeriod")}
            <input
              name="period"
              value={values.period}
              pattern={String.raw`\d{4}(-(S[12]|Q[1-4]|\d{2}(-\d{2})?))?(/\d{4}(-(S[12]|Q[1-4]|\d{2}(-\d{2})?))?)?`}
              onInput={field("period")}
            />
          </label>
          <label>
            {t("fieldArea")}
            <input name="area" value={values.area} onInput={field("area")} />
          </label>
          <label>
            {t("fieldIndicatorCode")}
            <select name="indicator_code" value={values.indicator_code} onChange={field("indicator_code")}>
              <option value="">{t("noIndicatorCode")}</option>
              {!knownCode && fact.indicator.code && (
                <option value={fact.indicator.code}>{fact.indicator.code}</option>
              )}
              {codes.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.code} — {lang === "en" ? i.name_en : i.name_vi}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="submit" data-testid="review-correct" disabled={busy}>
          {t("correct")}
        </button>
      </form>
      {message && (
        <p
          class={message.error ? "error" : "success"}
          role={message.error ? "alert" : "status"}
          data-testid="review-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

const FIELD_KEY: Record<string, Key> = {
  value: "fieldValue",
  value_max: "fieldValueMax",
  unit: "fieldUnit",
  measure: "fieldMeasure",
  kind: "fieldKind",
  period: "fieldPeriod",
  area: "fieldArea",
  indicator_code: "fieldIndicatorCode",
  indicator_text: "fieldIndicatorText",
};

function History({ history }: { history: HistoryEntry[] }) {
  const { t, lang } = useI18n();
  const show = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (typeof v === "number") return formatNumber(v, lang, { max: 6 });
    if (field === "kind" && typeof v === "string" && v in KIND_KEY) return t(KIND_KEY[v as Kind]);
    return typeof v === "string" ? v : JSON.stringify(v);
  };
  return (
    <section class="card" data-testid="review-history">
      <h2>{t("history")}</h2>
      {history.length === 0 ? (
        <p class="muted">{t("historyEmpty")}</p>
      ) : (
        <ol class="history">
          {history.map((h) => (
            <li key={h.id} class={`history-entry action-${h.action}`} data-action={h.action}>
              <div class="history-head">
                <span class={`badge action-${h.action}`}>{t(ACTION_KEY[h.action] ?? "none")}</span>{" "}
                <span class="who">{t("by", { user: h.user })}</span> ·{" "}
                <time dateTime={h.at}>{formatDate(h.at, lang)}</time>
              </div>
              {h.changes && Object.keys(h.changes).length > 0 && (
                <ul class="changes">
                  {Object.entries(h.changes).map(([field, c]) => (
                    <li key={field} data-field={field}>
                      <span class="field">{FIELD_KEY[field] ? t(FIELD_KEY[field]) : field}</span>:{" "}
                      <del class="from">{show(field, c?.from)}</del> →{" "}
                      <ins class="to">{show(field, c?.to)}</ins>
                    </li>
                  ))}
                </ul>
              )}
              {h.note && <p class="history-note">{h.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
