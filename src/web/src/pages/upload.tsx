import { useRef, useState } from "preact/hooks";
import { ApiError, clearCache, type UploadProgress, uploadFile } from "../api";
import { formatNumber } from "../format";
import { type Key, useI18n } from "../i18n";
import { canEdit, useSession } from "../session";
import { type DocumentHints, HINT_FIELDS, type UploadResult } from "../types";
import { PageTitle, SignInPrompt } from "../ui";

const ACCEPT = ".txt,.md,.docx,.pdf";

interface Item {
  key: number;
  file: File;
  /** What the form said of the document when the file was added. */
  hints: DocumentHints;
  state: "waiting" | "uploading" | "processing" | "done" | "error";
  progress: UploadProgress;
  result?: UploadResult;
  error?: string;
}

/** The form's fields in the order shown (the title takes a whole row), with label and placeholder. */
const HINT_ORDER = ["date", "period", "area", "issuer", "title"] as const;

/** The label and the placeholder of each field. */
const HINT_LABELS: Record<(typeof HINT_FIELDS)[number], [Key, Key]> = {
  date: ["hintDate", "hintDatePlaceholder"],
  period: ["hintPeriod", "hintPeriodPlaceholder"],
  area: ["hintArea", "hintAreaPlaceholder"],
  title: ["hintTitle", "hintTitlePlaceholder"],
  issuer: ["hintIssuer", "hintIssuerPlaceholder"],
};

/**
 * /tai-len: drop or choose files; they are sent one after the other, each with its progress
 * and with what the form above says of the documents (date, period, area, title, issuer).
 */
export function UploadPage() {
  const { t } = useI18n();
  const session = useSession();
  const [hints, setHints] = useState<DocumentHints>({});
  const items = useRef<Item[]>([]);
  const running = useRef(false);
  const nextKey = useRef(1);
  const [, setTick] = useState(0);
  const [over, setOver] = useState(false);
  const redraw = () => setTick((n) => n + 1);

  const update = (item: Item, changes: Partial<Item>) => {
    Object.assign(item, changes);
    redraw();
  };

  const run = async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (
        let item = items.current.find((i) => i.state === "waiting");
        item;
        item = items.current.find((i) => i.state === "waiting")
      ) {
        const current = item;
        update(current, { state: "uploading" });
        try {
          const { body } = await uploadFile<UploadResult>(
            "/api/documents",
            current.file,
            (p) => update(current, { progress: p, state: p.processing ? "processing" : "uploading" }),
            { ...current.hints },
          );
          update(current, { state: "done", result: body });
          clearCache();
        } catch (err) {
          update(current, { state: "error", error: err instanceof ApiError ? err.message : String(err) });
        }
      }
    } finally {
      running.current = false;
    }
  };

  const add = (files: FileList | null) => {
    if (!files?.length) return;
    for (const file of Array.from(files))
      items.current.push({
        key: nextKey.current++,
        file,
        hints: { ...hints },
        state: "waiting",
        progress: { loaded: 0, total: file.size, processing: false },
      });
    redraw();
    void run();
  };

  if (!session.user) {
    return (
      <>
        <PageTitle sub={t("uploadIntro")}>{t("uploadTitle")}</PageTitle>
        <SignInPrompt message="signInToUpload" />
      </>
    );
  }
  if (!canEdit(session))
    return (
      <>
        <PageTitle sub={t("uploadIntro")}>{t("uploadTitle")}</PageTitle>
        <p class="notice">{t("editorOnly", { name: session.user.name })}</p>
      </>
    );

  return (
    <>
      <PageTitle sub={t("uploadIntro")}>{t("uploadTitle")}</PageTitle>
      <fieldset class="upload-hints" data-testid="upload-hints">
        <legend>{t("uploadAbout")}</legend>
        <p class="muted small">{t("uploadAboutHint")}</p>
        <div class="form-grid">
          {HINT_ORDER.map((name) => (
            <label key={name} class={name === "title" ? "wide" : undefined}>
              {t(HINT_LABELS[name][0])}
              <input
                name={name}
                data-testid={`upload-${name}`}
                placeholder={t(HINT_LABELS[name][1])}
                value={hints[name] ?? ""}
                onInput={(e) => {
                  const value = (e.currentTarget as HTMLInputElement).value;
                  setHints((h) => ({ ...h, [name]: value }));
                }}
              />
            </label>
          ))}
        </div>
      </fieldset>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file input inside is the keyboard way in */}
      <div
        class={over ? "drop-zone over" : "drop-zone"}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
          setOver(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          add(e.dataTransfer?.files ?? null);
        }}
      >
        <p>
          {t("dropHere")}{" "}
          <label class="file-label">
            <input
              type="file"
              multiple
              accept={ACCEPT}
              data-testid="upload-input"
              onChange={(e) => {
                const el = e.currentTarget as HTMLInputElement;
                add(el.files);
                el.value = "";
              }}
            />
            <span class="button">{t("chooseFiles")}</span>
          </label>
        </p>
        <p class="muted small">{ACCEPT.split(",").join(" ")}</p>
      </div>
      {items.current.length > 0 && (
        <ol class="uploads">
          {items.current.map((i) => (
            <UploadRow key={i.key} item={i} />
          ))}
        </ol>
      )}
    </>
  );
}

function UploadRow({ item }: { item: Item }) {
  const { t, lang } = useI18n();
  const { progress } = item;
  const pct = progress.total ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const given = HINT_FIELDS.map((k) => item.result?.document.given?.[k]).filter((v): v is string => !!v);
  return (
    <li class={`upload upload-${item.state}`} data-state={item.state}>
      <div class="upload-head">
        <span class="file-name">{item.file.name}</span>
        <span class="muted small">{formatNumber(Math.ceil(item.file.size / 1024), lang)} KB</span>
      </div>
      {item.state === "waiting" && <span class="muted">{t("waiting")}</span>}
      {item.state === "uploading" && (
        <span class="upload-progress">
          <progress max={100} value={pct} data-testid="upload-progress" />
          {t("uploading", { pct: `${pct}%` })}
        </span>
      )}
      {item.state === "processing" && (
        <span class="upload-progress">
          <progress data-testid="upload-progress" />
          {t("processing")}…
        </span>
      )}
      {item.state === "done" && item.result && (
        <div class="upload-result" data-testid="upload-result" data-ok="true">
          <a href={`/van-ban/${item.result.document.id}`} class="doc-title" title={t("openDocument")}>
            {item.result.document.title || item.result.document.doc}
          </a>{" "}
          — {t("uploadDone", { n: formatNumber(item.result.facts, lang) })}
          {item.result.duplicate && <p class="muted">{t("uploadDuplicate")}</p>}
          {!item.result.duplicate && given.length > 0 && (
            <p class="muted small" data-testid="upload-given">
              {t("uploadGiven")}: {given.join(" · ")}
            </p>
          )}
        </div>
      )}
      {item.state === "error" && (
        <div class="upload-result error" data-testid="upload-result" data-ok="false" role="alert">
          {t("uploadFailed")}: {item.error}
        </div>
      )}
    </li>
  );
}
