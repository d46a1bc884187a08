import type { Section } from "../../document/types.js";
import { endYear, periodClass, periodEnd, periodStart } from "../../periods/codes.js";
import * as cue from "../cues.js";
import type { Figure, Scope } from "../figure.js";
import { leadKind } from "../lead.js";
import type { KindRule } from "../types.js";
import { closedBracketBetween } from "./period.js";

/**
 * Kind: the section's default (targets in a forward section, results elsewhere), then the
 * words around the number: estimates (ước), results (đã đạt), targets (phấn đấu, kế hoạch),
 * forecasts (dự báo).
 */
export function kind(f: Figure, s: Scope): void {
  const { tok, before, local } = f;
  const { text, cues, firstFigure } = s.sentence;
  const forward = s.section.forward;
  const set = (k: Figure["kind"], why: KindRule) => {
    f.kind = k;
    f.why.kind = why;
  };
  set(forward ? "target" : "actual", forward ? "section-forward" : "default-result");
  // ("IV. DỰ BÁO TRONG THỜI GIAN TỚI": a part that looks ahead to forecast, not to plan.)
  if (forward && forecastPart(s.sentence.block.section)) set("forecast", "section-forecast");
  // ("Vụ đông 2026 - 2027 đến nay đã gieo trồng 420 ha" under "… ước cả năm như sau:": what has
  // been done up to now is counted, whatever the list estimates.)
  const doneByNow =
    s.lead?.kind === "estimate" &&
    /(?<![\p{L}])(?:đến nay|tính đến nay|hiện nay)\s+đã\s+[^;]*$/iu.test(
      before.slice(before.lastIndexOf(";") + 1),
    );
  if (s.lead?.kind && !doneByNow) set(s.lead.kind, "lead-in");
  // A sentence that opens with its list's lead-in: "Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030: …".
  const colon = text.indexOf(":");
  if (
    colon > 0 &&
    colon < tok.start &&
    colon < 160 &&
    !/[;(]/.test(text.slice(0, colon)) &&
    leadKind(text.slice(0, colon)) === "target" &&
    cues.last(cue.RESULT, tok.start, colon) < 0
  )
    set("target", "lead-in");
  const clauseStart = before.lastIndexOf(";") + 1;
  const clause = before.slice(clauseStart);
  let estimateAt = cues.last(cue.ESTIMATE, tok.start);
  // ("chiếm 6,45% (dự kiến tối thiểu 10%), thấp hơn …": an estimate word in a bracket closed
  // before the figure is the bracket's figure's; "Quý IV (ước): 55.300 tấn" labels what follows.)
  if (estimateAt >= 0 && closedBracketBetween(text, estimateAt, tok.start)) {
    const open = text.lastIndexOf("(", estimateAt);
    if (/\d/.test(text.slice(open, text.indexOf(")", estimateAt))))
      estimateAt = cues.last(cue.ESTIMATE, open);
  }
  const resultAt = cues.last(cue.RESULT, tok.start);
  // An estimate word covers its clause; one written before the sentence's first figure
  // also covers the later clauses that have no verb of their own ("Tổng đàn gia súc ước đạt
  // 545.533 con (…; đàn bò 98.447 con…)"); one that opens the sentence ("Dự ước …") covers
  // the sentence and the rest of the paragraph.
  const clauseEstimate = estimateAt >= clauseStart;
  const headOfSentence = estimateAt >= 0 && estimateAt < firstFigure && firstEstimate(text) < firstFigure;
  // The clause up to its first figure (dates in it are no figures).
  let first: Figure | null = f.prev && f.prev.tok.start >= clauseStart ? f.prev : null;
  while (first?.prev && first.prev.tok.start >= clauseStart) first = first.prev;
  const clauseLead = first ? text.slice(clauseStart, first.tok.start) : clause;
  // A verb of its own, after a subject of its own ("; tỷ lệ dân số … đạt 99,6%"); a clause that
  // starts with the verb ("; đạt 1.273 tỷ đồng") goes on with the same subject.
  const ownVerb =
    (/[\p{L}\d)]\s+(?<!ước )(?:đạt|là|có|còn|duy trì|giải quyết|thu hút|hoàn thành|đứng thứ|xếp thứ|đón|phục vụ|tiếp nhận|giải ngân|huy động|tiêu thụ|thu hoạch|tuyển sinh|kết nạp|thành lập)(?![\p{L}])/iu.test(
      clauseLead.trim() ? ` ${clauseLead}` : "",
    ) ||
      /\p{L}\s+(?:tăng|giảm)(?![\p{L}])/iu.test(clauseLead)) &&
    !/^\s*(?:đạt|là|có|tăng|giảm|so với|so)(?![\p{L}])/iu.test(clauseLead);
  // "… ước đạt 264.821 ha, trong đó vụ Đông Xuân đạt 184.989 ha; vụ Hè Thu ước đạt 79.831 ha":
  // where the writer marks each estimate, a figure stated with a plain "đạt" is a result.
  const marksEach =
    /(?<![\p{L}])(?:trong đó|riêng)(?![\p{L}])[^;]*\p{L}\s+đạt\s*(?:khoảng|trên|hơn|gần)?\s*$/iu.test(
      local,
    ) &&
    cues.last(cue.ESTIMATE, tok.start, f.prev ? f.prev.tok.after : 0) < 0 &&
    text.slice(tok.after).search(cue.ESTIMATE) >= 0;
  // (and so is what restates it: "…, bằng 99,88%")
  const continuesUnmarked =
    f.inherited && f.prev?.why.kind === "unmarked-part" && local.search(cue.ESTIMATE) < 0;
  if (
    estimateAt >= 0 &&
    estimateAt > resultAt &&
    !marksEach &&
    !continuesUnmarked &&
    (clauseEstimate || headEstimate(text) || (headOfSentence && !ownVerb))
  )
    set("estimate", "estimate-word");
  else if (marksEach || continuesUnmarked) set("actual", "unmarked-part");
  else if (
    s.paragraph.estimate &&
    resultAt < 0 &&
    // ("… ước đến cuối năm còn 1,95%. Đến ngày 30/9/2024, có 12/12 xã …": a sentence that opens
    // on a time of its own is a new statement.)
    // ("Dự ước … tháng 10/2022 tăng 1,34%. Trong tháng 10/2022 có 23/27 ngành …" goes on.)
    (s.paragraph.estimateStrong ||
      !s.sentence.periods.some((p) => !p.base && p.start < Math.min(firstFigure, 25))) &&
    !forward &&
    cues.last(cue.STOCK_NOW, tok.start) < 0 &&
    (s.paragraph.estimateStrong || !ownVerb) &&
    // ("(đến tháng 9/2024, toàn tỉnh có 320/411 xã …; 101/320 xã …)": a clause with no verb of
    // its own goes on as the one before it in its sentence, a result.)
    !(f.prev && f.prev.kind === "actual" && f.prev.why.kind === "default-result" && !ownVerb)
  )
    set("estimate", "paragraph-estimate");
  else if (
    // "(ước tăng 26,8%); trong đó, vốn ngoài ngân sách tăng 34,86%": the parts of an estimate
    // are estimates, through every clause of a sentence that lists them ("Trong đó, A tăng
    // 3,46%; B tăng 8,61% và C tăng 6,87%").
    resultAt < clauseStart &&
    // (A bracket restating last year — "(cùng kỳ năm 2023 giảm 4,15%)" — is not the whole.)
    (((f.prev?.comparator ? f.prev.compared : (f.prev ?? f.carry))?.kind === "estimate" &&
      /^\s*(?:trong đó|cụ thể|bao gồm)(?![\p{L}])/iu.test(clause)) ||
      (s.paragraph.lastHead?.kind === "estimate" && cue.PARTS_OPENER.test(text)) ||
      (f.prev?.kind === "estimate" &&
        (f.prev.why.kind === "part-of-estimate" ||
          // ("… ước đạt 201,71 tỷ USD, …, trong đó xuất khẩu đạt 102,48 tỷ USD, …; nhập khẩu đạt
          // 99,23 tỷ USD": the parts listed after "trong đó" go on past the semicolon.)
          (estimateAt >= 0 && PARTS_WORD.test(text.slice(firstEstimate(text), clauseStart))))))
  )
    set("estimate", "part-of-estimate");
  else if (forward && resultAt >= 0) set("actual", "result-word");
  // "… chủ yếu năm 2024 là: … tổng giá trị sản xuất đạt 8.962,72 tỷ đồng. Trong đó, nông nghiệp
  // là 3.621,68 tỷ đồng": the parts of a target are targets.
  else if (
    s.paragraph.lastHead?.kind === "target" &&
    f.kind === "actual" &&
    resultAt < 0 &&
    cue.PARTS_OPENER.test(text)
  )
    set("target", "part-of-target");
  // "Phấn đấu …" sets targets for the rest of its sentence when it opens a clause
  // ("…; phấn đấu giải ngân…"), not when it is a plain verb ("động lực để họ phấn đấu").
  // ("… thành phố đặt mục tiêu GRDP tăng …": setting a target is its own clause wherever it stands.)
  let scopeAt = cues.last(cue.TARGET_SCOPE, tok.start);
  // ("so với mục tiêu …" compares with a target; it sets none.)
  if (scopeAt >= 0 && /so\s+$/iu.test(text.slice(Math.max(0, scopeAt - 4), scopeAt))) scopeAt = -1;
  // ("… đặt mục tiêu GRDP tăng 11,5 - 12%, tuy nhiên 9 tháng mới chỉ tăng 9,77%": a contrast
  // turns from the target to what was done.)
  if (scopeAt >= 0 && /(?<![\p{L}])(?:tuy nhiên|nhưng|song)(?![\p{L}])/iu.test(before.slice(scopeAt)))
    scopeAt = -1;
  if (
    scopeAt >= 0 &&
    !/^(?:đặt|đề ra|với) mục tiêu/iu.test(text.slice(scopeAt)) &&
    !/(?:^|[;:.(]|\d\)\s*-?|,)\s*(?:[\p{L}\d]+\s+){0,2}$/u.test(before.slice(0, scopeAt)) &&
    // ("; riêng khu vực Đà Lạt phấn đấu đón …": a unit named as the clause's subject.)
    !/(?:^|[;:.(,])\s*(?:riêng\s+)?(?:toàn\s+)?(?:tỉnh|huyện|xã|thành phố|thị xã|phường|khu vực|ngành|địa phương)(?:\s+[\p{L}]+){0,3}\s+$/iu.test(
      before.slice(0, scopeAt),
    ) &&
    // ("Yêu cầu các chủ đầu tư phấn đấu đến ngày 31/12/2024 giải ngân đạt trên 95%": whoever is
    // told to strive.)
    !/(?:^|[;:.(,])\s*(?:\d{1,2}\.\s*)?(?:yêu cầu|đề nghị|giao|chỉ đạo|đôn đốc)(?:\s+[\p{L}]+){0,6}\s+$/iu.test(
      before.slice(0, scopeAt),
    )
  )
    scopeAt = -1;
  // One that opens the sentence, before its first figure, holds through its later clauses
  // ("Kế hoạch năm 2024, huyện phấn đấu …; giữ ổn định … 27.000 ha; có thêm 02 xã …").
  // (Reported speech may put it later: "Ông …, Phó Chủ tịch UBND …, cho biết, 6 tháng cuối
  // năm, thành phố phấn đấu …".)
  const opensSentence =
    scopeAt >= 0 &&
    scopeAt < firstFigure &&
    (scopeAt < 80 ||
      (scopeAt < 200 &&
        /(?<![\p{L}])(?:cho biết|cho hay|khẳng định|nhấn mạnh)(?![\p{L}])/iu.test(text.slice(0, scopeAt))));
  if (scopeAt >= 0 && scopeAt > Math.max(opensSentence ? -1 : before.lastIndexOf(";"), resultAt, estimateAt))
    set("target", "target-scope");
  // "Đề nghị UBND tỉnh bố trí 3,65 tỷ đồng …", "Sở đề xuất bố trí 415 tỷ đồng …": what a report
  // asks to be granted is a figure still to come, set as a target, through its sentence. (A request
  // already made — "đã đề nghị" — and an inspector's "kiến nghị thu hồi 126 triệu đồng" are results.)
  const requestAt = lastRequest(text.slice(0, tok.start));
  if (
    requestAt >= 0 &&
    requestAt > Math.max(resultAt, estimateAt) &&
    !/(?<![\p{L}])đã(?![\p{L}])/iu.test(text.slice(requestAt, tok.start))
  )
    set("target", "request");
  // ("… phải tập trung cao nhất để thu ngân sách cả năm đạt ít nhất 5.600 tỷ đồng; giải ngân đạt
  // trên 95%": what must be done to reach a figure sets it as a target, through the sentence.)
  // ("quý IV tỉnh cần đón thêm khoảng 4,6 triệu lượt khách": what is still needed is a target.)
  if (
    /(?<![\p{L}])(?:cần|phải)\s+(?:[\p{L}]+\s+){0,3}?thêm\s+(?:khoảng|trên|hơn|ít nhất|tối thiểu)?\s*$/iu.test(
      local,
    ) &&
    !forward
  )
    set("target", "target-scope");
  const mustAt = cues.last(MUST_TO, tok.start);
  if (mustAt >= 0 && mustAt > Math.max(resultAt, estimateAt) && !forward) set("target", "target-scope");
  // (A gap to a plan — "thấp hơn kịch bản 1,8 điểm %" — is a result, as a % of the plan is.)
  const gapToPlan =
    f.measure === "change" && /(?<![\p{L}])(?:thấp hơn|cao hơn|vượt|so với)(?![\p{L}])/iu.test(local);
  // ("bổ sung có mục tiêu 213.580": a targeted transfer is a kind of money, not a target.)
  const targeted = /(?<![\p{L}])(?:bổ sung|hỗ trợ|chi|vốn|kinh phí) có mục tiêu\s*$/iu.test(local);
  // ("tổng giá trị giải ngân kế hoạch vốn năm 2024 đạt 2.986,74 tỷ đồng": what was done of a plan.)
  const ofPlan = /(?<![\p{L}])(?:giải ngân|thực hiện)\s+(?:kế hoạch|KH)(?![\p{L}])/iu.test(local);
  // ("Trong 22 chỉ tiêu chủ yếu Hội đồng nhân dân tỉnh giao, …", "trong 12 chỉ tiêu Kế hoạch năm
  // 2022 giao": how many targets were set.)
  if (
    /^chỉ tiêu/iu.test(f.unit) &&
    f.measure === "level" &&
    /(?<![\p{L}])trong(?:\s+(?:tổng\s+)?số)?\s*$/iu.test(local) &&
    /^\s*(?:chủ yếu\s+|chính\s+)?(?:(?:do|của|mà)\s+)?(?:[\p{L}\d]+\s+){0,6}?(?:giao|đề ra|đặt ra)(?![\p{L}])/iu.test(
      f.after,
    ) &&
    !/^\s*(?:chủ yếu\s+)?(?:đạt|vượt|không|chưa|hoàn thành)/iu.test(f.after)
  )
    set("target", "target-word");
  // ("… có 18 chỉ tiêu đạt và vượt kế hoạch, 04 chỉ tiêu không đạt": a plan met closes its clause.)
  const planMet = /(?<![\p{L}])(?:đạt|vượt)\s+(?:kế hoạch|KH|chỉ tiêu|mục tiêu|Nghị quyết|NQ)\s*,\s*$/iu.test(
    local,
  );
  if (
    f.measure !== "pct_of_target" &&
    !gapToPlan &&
    !targeted &&
    !ofPlan &&
    !planMet &&
    cue.TARGET_NEAR.test(local.slice(-160))
  )
    set("target", "target-word");
  // ("đạt chỉ tiêu giảm 0,1-0,15% đề ra", "đạt chỉ tiêu KH giao (giảm 0,2‰)": the move the plan set.)
  else if (
    /(?<![\p{L}])(?:chỉ tiêu|mục tiêu|kế hoạch)(?:(?:\s+[\p{L}]+){0,3}?\s*\(\s*|\s+)(?:kéo\s+)?(?:giảm|tăng)\s*(?:khoảng|từ|trên|dưới|ít nhất|tối thiểu)?\s*$/iu.test(
      local,
    ) &&
    // (Not the result's own move in a bracket after its plan: "vượt 55,5% so với kế hoạch (tăng
    // 13,5% so với cùng kỳ)".)
    !/^[^()]{0,20}?(?<![\p{L}])(?:so với|so|cùng kỳ|CK)(?![\p{L}])/iu.test(f.after)
  )
    set("target", "target-word");
  // ("số thu quý IV phải đạt 6.443,3 tỷ đồng": what must be reached; what is still to be paid,
  // "số còn phải thu", is an amount.)
  else if (
    /(?<![\p{L}])(?<!còn\s)(?:phải|cần)\s+(?:đạt|thu|giải ngân)(?:\s+(?:khoảng|trên|tối thiểu|ít nhất))?\s*$/iu.test(
      local,
    )
  )
    set("target", "target-word");
  // "Dự toán thu ngân sách năm 2023 HĐND tỉnh giao 5.120 tỷ đồng": a clause about a plan, whose
  // verb sets it.
  // ("Đối với năm sau, tổng kế hoạch vốn … dự kiến 15.240 tỷ đồng": a plan expected is still a plan.)
  const expectedPlan = /(?<![\p{L}])dự kiến\s*(?:là\s*)?(?:khoảng|trên|dưới|từ)?\s*$/iu.test(
    local.slice(-40),
  );
  if (
    (f.kind === "actual" || (f.kind === "estimate" && expectedPlan)) &&
    resultAt < clauseStart &&
    (estimateAt < clauseStart || expectedPlan) &&
    PLAN_SUBJECT.test(clause) &&
    (PLAN_VERB.test(local.slice(-40)) || expectedPlan || PLAN_LIST.test(clause))
  )
    set("target", "plan-subject");
  // ("Kế hoạch vốn năm 2026 Thủ tướng Chính phủ giao 38.640 tỷ đồng; HĐND thành phố giao 41.250 tỷ
  // đồng": the same plan as another body set it, in a clause of its own.)
  else if (
    f.kind === "actual" &&
    f.prev?.why.kind === "plan-subject" &&
    resultAt < clauseStart &&
    estimateAt < clauseStart &&
    /(?<![\p{L}])(?:được\s+)?giao\s*(?:là\s*)?(?:khoảng|trên)?\s*$/iu.test(local) &&
    !/(?<![\p{L}])(?:giải ngân|thực hiện|đạt|đã)(?![\p{L}])/iu.test(clause)
  )
    set("target", "plan-subject");
  // ("Tổng vốn bố trí … là 1.846,3 tỷ đồng, gồm: ngân sách trung ương 1.672,8 tỷ đồng (…);
  // ngân sách địa phương 173,5 tỷ đồng": the parts a plan lists are its parts.)
  let plan: Figure | null = f.prev;
  while (plan && plan.why.kind !== "plan-subject" && plan.why.kind === "plan-part") plan = plan.prev;
  if (
    f.kind === "actual" &&
    plan?.why.kind === "plan-subject" &&
    // ("… được giao là 4.850 tỷ đồng, trong đó dự toán pháp lệnh 4.500 tỷ đồng …"; "… là 3.862,4
    // tỷ đồng (ngân sách trung ương 2.415,0 tỷ đồng, ngân sách tỉnh 1.447,4 tỷ đồng)": the parts
    // in a bracket opened right after it.)
    (/(?<![\p{L}])(?:gồm|trong đó)(?![\p{L}])/iu.test(text.slice(plan.tok.after, tok.start)) ||
      /^\s*\([^()]*$/u.test(text.slice(plan.tok.after, tok.start))) &&
    cues.last(cue.RESULT, tok.start, plan.tok.after) < 0 &&
    cues.last(cue.ESTIMATE, tok.start, plan.tok.after) < 0 &&
    !/(?<![\p{L}])(?:giải ngân|thực hiện|đạt)(?![\p{L}])/iu.test(text.slice(plan.tok.after, tok.start))
  )
    set("target", "plan-part");
  // ("Dự toán năm 2025 được giao 68,5 tỷ đồng, bằng 1,12% tổng chi ngân sách": the share the
  // plan is of a whole is the plan's.)
  if (
    f.kind === "actual" &&
    f.measure === "share" &&
    f.prev?.kind === "target" &&
    /^\s*,\s*(?:bằng|chiếm)(?:\s+(?:khoảng|gần|hơn))?\s*$/iu.test(local)
  )
    set("target", "plan-share");
  // ("… kế hoạch vốn … dự kiến 15.240 tỷ đồng, tăng 2,5% so với năm nay, trong đó bố trí khoảng
  // 4.100 tỷ đồng …": the plan's move and its parts are the plan's.)
  let planned: Figure | null = f.prev;
  while (planned?.why.kind === "plan-part") planned = planned.prev;
  if (
    planned?.why.kind === "plan-subject" &&
    (f.kind === "actual" || f.kind === "estimate") &&
    ((f.prev === planned &&
      f.measure === "growth" &&
      /^\s*,\s*(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn))?\s*$/iu.test(local)) ||
      (f.measure === "level" &&
        f.unit === planned.unit &&
        /^[^;]*(?<![\p{L}])trong đó\s+(?:bố trí|phân bổ|dành)(?:\s+(?:khoảng|gần|hơn))?\s*$/iu.test(
          text.slice(f.prev?.tok.after ?? 0, tok.start),
        )))
  )
    set("target", "plan-part");
  // ("Kinh phí đào tạo nghề năm 2026 được giao 18,5 tỷ đồng", "Biên chế công chức được giao năm
  // 2025: 5.126 biên chế": what was assigned is the figure to reach or keep to; "đã giao" is an
  // allocation made.)
  if ((f.why.kind === "default-result" || f.why.kind === "lead-in") && ASSIGNED.test(local.slice(-60)))
    set("target", "target-word");
  if (local.search(cue.FORECAST) >= 0) set("forecast", "forecast-word");
  // ("Theo dự báo của Trung tâm …, quý IV nhu cầu … khoảng 280.000 chỗ, tăng 5 - 7% …; trong đó
  // khoảng 65% …": what a forecast opens says is all forecast.)
  else if (f.kind === "actual" && /^\s*(?:[-+•]\s*)?(?:theo\s+)?dự báo(?![\p{L}])/iu.test(text))
    set("forecast", "forecast-word");
  // "3/10 chỉ tiêu kinh tế dự kiến đạt …": the word right after the figure's noun governs it.
  if (EXPECTED_AFTER.test(f.after) && f.kind !== "target") set("estimate", "estimate-word");
  // ("có 14/21 chỉ tiêu chủ yếu ước đạt và vượt kế hoạch; 7 chỉ tiêu khó đạt": how many of the
  // year's targets are expected to be met, said before the year is over.)
  if (/^chỉ tiêu/iu.test(f.unit) && TARGETS_EXPECTED.test(f.after) && f.kind === "actual")
    set("estimate", "targets-expected");
  if (f.planBeside) set("target", "plan-beside");
  if (tok.pairedTarget) set("target", "result-over-target");
  // A bracket restating the figure for a past period or another place reports what was.
  // (`search`, not `test`: the shared pattern is global, and `test` would start at its lastIndex.)
  if (f.comparator && local.slice(local.lastIndexOf("(")).search(cue.ESTIMATE) < 0)
    set("actual", "comparator");
}

const TARGETS_EXPECTED =
  /^[^,;.()\d]{0,40}?(?<![\p{L}])(?:ước đạt|ước hoàn thành|ước vượt|khó đạt|khó hoàn thành|có khả năng(?: không)? đạt)(?![\p{L}])/iu;

const MUST_TO = /(?<![\p{L}])(?:phải|cần)(?![\p{L}])[^.;:()]{0,80}?(?<![\p{L}])(?:để|nhằm)(?![\p{L}])/giu;

const PARTS_WORD = /(?<![\p{L}])(?:trong đó|cụ thể|bao gồm)(?![\p{L}])/iu;

// ("Tổng vốn bố trí thực hiện Chương trình … là 1.846,3 tỷ đồng", "Kinh phí năm 2026 được giao
// 148,62 tỷ đồng": funds allocated are a plan.)
// ("Theo báo cáo của Sở Tài chính, tổng kế hoạch vốn …", "Đối với năm sau, …": who says it, or of
// when, before the subject.)
const PLAN_SUBJECT =
  /^\s*(?:[-+•]\s*|\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?(?:(?:theo|đối với|năm|trong năm)\s[^,;:]{0,60},\s*)?(?:tổng\s+)?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|(?:số\s+)?(?:vốn|nguồn vốn|kinh phí)(?:\s+năm\s+\d{4})?(?:\s+(?!được\s)[\p{L}]+){0,4}?(?:\s+năm\s+\d{4})?(?:\s+được)?\s+(?:bố trí|phân bổ|giao))(?![\p{L}])/iu;
/** "Vốn NSTW năm 2022 giao cho tỉnh gồm vốn đầu tư phát triển 318,6 tỷ đồng và …": a plan's parts listed. */
const PLAN_LIST = /(?<![\p{L}])(?:gồm|bao gồm)(?![\p{L}])[^()]*$/iu;
const PLAN_VERB = /(?<![\p{L}])(?:giao|được giao|đề ra|đặt ra|là)\s*(?:là\s*)?(?:khoảng|trên|dưới|từ)?\s*$/iu;

/**
 * Kind in time, once the period is known: an estimate for a plan's own period is part of the
 * plan; a result for a period that had not ended when the report was written is an estimate.
 */
export function kindInTime(f: Figure, s: Scope): void {
  const { info, refYear, written } = s.doc;
  const forward = s.section.forward;
  // ("tăng 11,3% so với mùa khô 2025 - 2026 (22,1 tỷ đồng)": the level of the period compared
  // with is what was, whatever the sentence plans or expects.)
  if (f.why.period === "base-bracket" && f.period && written && periodEnd(f.period) < written) {
    f.kind = "actual";
    f.why.kind = "comparator";
    return;
  }
  // "ước đạt 8,19%, … Trong đó: … 10 tháng tăng 15,55%": a part that names a period of its own
  // is no part of the estimate.
  const whole = cue.PARTS_OPENER.test(s.sentence.text)
    ? (s.paragraph.lastHead ?? f.prev)
    : f.prev?.comparator
      ? f.prev.compared
      : (f.prev ?? f.carry);
  if (f.why.kind === "part-of-estimate" && whole && f.period !== whole.period) {
    f.kind = "actual";
    f.why.kind = "part-with-own-period";
  }
  // ("Nhiệm vụ 6 tháng cuối năm … tặng giấy khen cho 15 tập thể có thành tích xuất sắc trong 6
  // tháng đầu năm": among the tasks ahead, what is dated to the months reviewed was done, unless
  // the clause sets it as a goal.)
  const ahead = s.section.forward ? s.section.period : null;
  if (
    f.kind === "target" &&
    f.why.kind === "section-forward" &&
    ["own", "before-it", "after-it"].includes(f.why.period) &&
    ahead &&
    f.period &&
    f.period === info.period &&
    periodClass(f.period) === "sub" &&
    periodEnd(f.period) < periodStart(ahead) &&
    !GOAL_WORD.test(f.before.slice(f.before.lastIndexOf(";") + 1))
  ) {
    f.kind = "actual";
    f.why.kind = "past-part";
  }
  // ("Hội đồng nhân dân xã đánh giá: Năm 2024, … Cụ thể: - Cây cà phê 2.860 ha" in a resolution
  // on 2025: the year reviewed before the plan is no part of it; counted, or estimated where
  // its lead-in estimates or the year had not ended when written.)
  if (
    f.kind === "target" &&
    f.why.kind === "section-forward" &&
    ahead &&
    f.period &&
    periodClass(f.period) !== "span" &&
    periodEnd(f.period) < periodStart(ahead) &&
    // (Dated by the lead-in that reviews, not by a goal's own words: "Phấn đấu PAR Index năm 2025
    // đạt từ 88 điểm" in the plan for 2026 is a target.)
    (f.why.period === "lead-in" ||
      (f.why.period === "previous-figure" && f.prev?.why.kind === "past-part")) &&
    !GOAL_WORD.test(f.before.slice(f.before.lastIndexOf(";") + 1))
  ) {
    f.kind =
      s.lead?.kind === "estimate" || (!!written && periodEnd(f.period) >= written) ? "estimate" : "actual";
    f.why.kind = "past-part";
  }
  // "GDP quý III ước tính tăng 6,88%, tuy thấp hơn mức tăng 7,45% của quý I": an estimate word
  // in an earlier clause does not reach a figure for a period that had ended before the one
  // the report is about.
  const reported = s.section.period ?? info.period;
  if (
    f.kind === "estimate" &&
    f.why.kind !== "estimate-in-plan" &&
    ["own", "before-it", "after-it"].includes(f.why.period) &&
    reported &&
    periodClass(reported) !== "span" &&
    f.period &&
    // (a part of the year reported on that is over, or a period over before it began: "thấp hơn
    // mức tăng 9,87% của 9 tháng năm 2022")
    ((periodClass(f.period) === "sub" &&
      periodEnd(f.period) < periodEnd(reported) &&
      endYear(f.period) === endYear(reported)) ||
      periodEnd(f.period) < periodStart(reported)) &&
    s.sentence.cues.last(cue.ESTIMATE, f.tok.start, f.prev ? f.prev.tok.after : 0) < 0
  ) {
    f.kind = "actual";
    f.why.kind = "past-part";
  }
  // (What is expected at about a figure — "Dự kiến thu … tháng 6 khoảng 1.420 tỷ đồng", "dự kiến số
  // vụ thụ lý khoảng 43.000" — is a forecast, not the plan, even among the tasks ahead.)
  const expectedAbout =
    (EXPECTED_BEFORE.test(s.sentence.text.slice(0, f.tok.start)) &&
      /(?<![\p{L}])khoảng\s*$/iu.test(f.local)) ||
    (f.prev?.why.kind === "expected-ahead" && !/[.;]/.test(f.local));
  // ("Cục Thuế ước thực hiện cả năm 2024 như sau: …" in a report on nine months of 2024 whose
  // tasks are for its fourth quarter: the year in progress is estimated, not planned.)
  const yearInProgress =
    !!info.period &&
    periodClass(info.period) === "sub" &&
    f.period === String(endYear(info.period)) &&
    info.plan_period === f.period;
  if (
    f.kind === "estimate" &&
    forward &&
    !expectedAbout &&
    !yearInProgress &&
    info.plan_period &&
    f.period &&
    endYear(f.period) >= endYear(info.plan_period)
  ) {
    f.kind = "target";
    f.why.kind = "estimate-in-plan";
  }
  // "3/10 chỉ tiêu dự kiến đạt thấp hơn kế hoạch" in a review months before its term ends:
  // what is expected of a period far from over is a forecast, not an estimate.
  const expectAt = s.sentence.cues.last(cue.ESTIMATE, f.tok.start);
  if (
    f.kind === "estimate" &&
    f.why.kind === "estimate-word" &&
    ((expectAt >= 0 && /^dự kiến/iu.test(s.sentence.text.slice(expectAt))) || EXPECTED_AFTER.test(f.after)) &&
    written &&
    f.period &&
    (days(written, periodEnd(f.period)) > 60 ||
      // ("Dự kiến thu … tháng 6/2025 khoảng 1.420 tỷ đồng; lũy kế 6 tháng khoảng 9.674,6 tỷ đồng",
      // written on 5 June: a period mostly ahead is forecast, and so is the rest of the sentence.)
      days(periodStart(f.period), written) < days(written, periodEnd(f.period)) ||
      (f.prev?.why.kind === "expected-ahead" && !/\.(?!\d)/.test(f.local)))
  ) {
    f.kind = "forecast";
    f.why.kind = "expected-ahead";
    return;
  }
  // Dated to the month or the day: a result for a period that had not begun when it was
  // written is a target ("năm 2024" in a page of December 2023); an estimate stays one.
  if (
    written &&
    f.period &&
    f.kind === "actual" &&
    // (In a part that reviews results, a figure for a year not begun — "ước đến năm 2025" in a
    // term review of 2024 — is where the term is estimated to end: an estimate, below.)
    !s.section.review &&
    periodStart(f.period) > written &&
    // (A stock day or a month just ahead — "đến ngày 31/8" written on the 29th — is an estimate's.)
    (periodClass(f.period) !== "sub" || days(written, periodStart(f.period)) > 31)
  ) {
    f.kind = "target";
    f.why.kind = "period-not-begun";
    return;
  }
  if (f.kind === "actual" && !forward && f.period) {
    const ahead =
      periodClass(f.period) === "span" ? Number(f.period.slice(0, 4)) > refYear : endYear(f.period) > refYear;
    if (ahead) {
      f.kind = "estimate";
      f.why.kind = "period-not-over";
    }
  }
}

/** Days from one ISO date to another. */
function days(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** "Dự kiến thu ngân sách … khoảng": an expectation opened earlier in the sentence. */
const EXPECTED_BEFORE = /(?<![\p{L}])(?<!đã )dự kiến(?![\p{L}])/iu;
const EXPECTED_AFTER = /^[^,;.()\d]{0,40}?(?<![\p{L}])(?<!đã )dự kiến(?![\p{L}])/iu;

/** An estimate word that opens a sentence: "Dự ước …", "Ước tính …", "Năm 2023, ước …". */
export function headEstimate(sentence: string): boolean {
  const at = sentence.search(cue.ESTIMATE);
  if (at < 0) return false;
  const lead = sentence.slice(0, at);
  return /^\s*(?:[\p{L}]+\s+(?:19|20)\d\d\s*,\s*)?$/u.test(lead) || /:\s*$/.test(lead);
}

/** An estimate word before the sentence's first figure (its list or footnote number aside). */
export function openingEstimate(sentence: string): boolean {
  const lead = /^\s*\(?\d{1,3}[).]?\s/.exec(sentence)?.[0].length ?? 0;
  const first = sentence.slice(lead).search(/\d/);
  const at = firstEstimate(sentence);
  return at >= 0 && first >= 0 && at < lead + first;
}

function firstEstimate(sentence: string): number {
  return sentence.search(cue.ESTIMATE);
}

const GOAL_WORD =
  /(?<![\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|bảo đảm|đảm bảo|duy trì|giữ vững|hoàn thành|phải|cần)(?![\p{L}])/iu;
const FORECAST_TITLE = /(?<![\p{L}])(?:dự báo|nhận định)(?![\p{L}])/iu;
const TASK_TITLE =
  /(?<![\p{L}])(?:nhiệm vụ|giải pháp|kế hoạch|mục tiêu|phương hướng|chỉ tiêu|phấn đấu)(?![\p{L}])/iu;

/** The nearest part that names what it looks ahead to names a forecast, not tasks. */
function forecastPart(section: Section | undefined): boolean {
  for (let at = section; at && at.level > 0; at = at.parent) {
    if (TASK_TITLE.test(at.title)) return false;
    if (FORECAST_TITLE.test(at.title)) return true;
  }
  return false;
}

/**
 * Where the last request for a grant opens, at a clause's or item's start: "Đề nghị Trung ương
 * hỗ trợ …", "Giường kế hoạch: đề nghị giao …", "Sở đề xuất UBND tỉnh bố trí …"; -1 if none.
 */
function lastRequest(before: string): number {
  // (Asked for every figure: the plain words first, before the costly pattern.)
  if (!REQUEST_WORD.test(before)) return -1;
  let at = -1;
  for (const m of before.matchAll(REQUEST)) at = m.index + m[0].length;
  return at;
}
const REQUEST_WORD = /đề nghị|đề xuất|kiến nghị/iu;
const REQUEST =
  /(?:^|[;:.]|\d[.)])\s*[-+•*]?\s*(?!(?:[\p{L}]+\s+){0,2}?(?:đã|kịp thời|thường xuyên|chủ động|tích cực)\s)(?:[\p{L}]+\s+){0,3}?(?:đề nghị|đề xuất|kiến nghị)\s+(?:[\p{L}]+\s+){0,8}?(?:bố trí|hỗ trợ|giao|cấp (?:bổ sung|kinh phí|vốn|thêm)|bổ sung|phân bổ|xếp hạng)(?![\p{L}])/giu;

/** "… được giao 18,5 tỷ đồng", "… được UBND tỉnh giao: 1.100 giường", "được giao năm 2025: …". */
const ASSIGNED =
  /(?<![\p{L}])(?<!đã\s)được(?:\s+[\p{L}]+){0,4}?\s+giao(?:\s+năm\s+(?:19|20)\d\d)?\s*(?:\([^()]*\))?\s*:?\s*(?:là\s*)?$/iu;
