// A labelled scenario generator for the reconciliation engine: realistic noise with the answer
// key alongside. Seeded PRNG (mulberry32), so a seed always gives the same book. Randomness is
// fine here (tests); the engine itself never uses any.
import { isMoney, money, Money } from "../../../src/core/money";
import type { Payment, PaymentStatus, Settlement } from "../../../src/core/model";
import { civilFromDays, formatIsoDate } from "../../../src/core/excel-serial";

export type Scenario =
  | "ref-exact"
  | "name-amount"
  | "fee"
  | "combined"
  | "instalments"
  | "overpayment"
  | "partial"
  | "equal-amount"
  | "unpaid";

/** One expected allocation (settlement ↔ payment) and the scenario that produced it. */
export interface TruthPair {
  settlementId: string;
  paymentId: string;
  scenario: Scenario;
}

export interface Truth {
  pairs: TruthPair[];
  /** Payments whose correct settlement cannot be known from the data (equal amounts, same due date). */
  ambiguousPayments: Set<string>;
  /** Payments that must not be applied: exceptions (duplicate, refund, closed, outgoing) and unrelated credits. */
  nonReceipts: Map<string, string>;
  unrelated: Set<string>;
  /** Duplicate line → the line it copies (either may be the one the engine keeps). */
  duplicates: Map<string, string>;
}

export interface GeneratedBook {
  settlements: Settlement[];
  payments: Payment[];
  truth: Truth;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ["北京", "上海", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "天津", "重庆", "厦门", "青岛", "宁波", "长沙", "郑州", "合肥", "福州", "昆明"];
const CORE = "华恒泰鑫源达隆盛昌瑞嘉祥宏伟丰利通顺安康信诚德荣兴旺金银明光辉耀新星海天云峰远博创联科智美佳和睿永乐富贵宝祺森林春秋".split("");
const TRADE = ["贸易", "科技", "实业", "电子", "物流", "建材", "食品", "医药", "机械", "服饰", "化工", "文化", "网络", "能源", "餐饮"];
const EN_A = ["Golden", "Bright", "Pacific", "Sino", "Harbor", "Summit", "Eastern", "Lotus", "Jade", "Phoenix", "Silver", "Orient", "Crown", "Delta", "Vertex"];
const EN_B = ["Trading", "Electronics", "Logistics", "Textiles", "Foods", "Machinery", "Chemicals", "Materials", "Systems", "Imports"];
const GENERIC_MEMO = ["货款", "转账", "付款", "支付货款", "往来款", "", "网银转账", "结算款"];
const PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴昊"];

interface Customer {
  name: string;
  english: boolean;
}

function isoOf(day: number): string {
  const { y, m, d } = civilFromDays(day);
  return formatIsoDate(y, m, d);
}

const DAY0 = 19723; // 2024-01-01

function fullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
}

/** Generates a book of about `n` settlements with as many payments, with its answer key. */
export function generateBook(n: number, seed = 1): GeneratedBook {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const cents = (lo: number, hi: number): bigint => BigInt(int(lo * 100, hi * 100));
  const fmt = (c: bigint): string => {
    const neg = c < 0n;
    const a = (neg ? -c : c).toString().padStart(3, "0");
    return `${neg ? "-" : ""}${a.slice(0, -2)}.${a.slice(-2)}`;
  };

  const customers: Customer[] = [];
  const used = new Set<string>();
  const nCustomers = Math.max(3, Math.round(n / 8));
  while (customers.length < nCustomers) {
    const english = rnd() < 0.15;
    const name = english
      ? `${pick(EN_A)} ${pick(EN_A)} ${pick(EN_B)} ${pick(["Co., Ltd.", "Co., Ltd.", "Limited", "Inc."])}`
      : `${pick(CITIES)}${pick(CORE)}${pick(CORE)}${pick(TRADE)}${pick(["有限公司", "有限公司", "股份有限公司"])}`;
    const key = name.replace(/(股份)?有限公司|Co\., Ltd\.|Limited|Inc\./g, "");
    if (used.has(key)) continue;
    used.add(key);
    customers.push({ name, english });
  }
  const payerVariant = (c: Customer): string => {
    const r = rnd();
    if (r < 0.5) return c.name;
    if (c.english) {
      if (r < 0.7) return c.name.toUpperCase().replace("CO., LTD.", "CO.,LTD");
      if (r < 0.85) return fullWidth(c.name);
      return c.name.replace(/ Co\., Ltd\.| Limited| Inc\./, "");
    }
    if (r < 0.8) return c.name.replace(/(股份)?有限公司$/, "");
    if (r < 0.9) return c.name.replace("有限公司", "有限责任公司");
    return ` ${c.name} `;
  };

  const settlements: Settlement[] = [];
  const payments: Payment[] = [];
  const truth: Truth = { pairs: [], ambiguousPayments: new Set(), nonReceipts: new Map(), unrelated: new Set(), duplicates: new Map() };
  let sSeq = 0;
  let pSeq = 0;
  const newS = (c: Customer, amount: bigint, issue: number): Settlement => {
    sSeq += 1;
    const ref = rnd() < 0.6 ? `INV${2024 + (sSeq % 2)}-${String(sSeq).padStart(6, "0")}` : `JS${isoOf(issue).replace(/-/g, "")}${String(sSeq).padStart(5, "0")}`;
    const s: Settlement = {
      id: `tmp-s-${sSeq}`,
      source: { sheet: "Settlements", row: 0 },
      ref,
      customer: c.name,
      issueDate: isoOf(issue),
      dueDate: isoOf(issue + 30),
      amount: money(fmt(amount)),
      currency: "CNY",
    };
    settlements.push(s);
    return s;
  };
  const newP = (payer: string, amount: bigint, day: number, memo: string, extra: Partial<Payment> = {}): Payment => {
    pSeq += 1;
    const p: Payment = {
      id: `tmp-p-${pSeq}`,
      source: { sheet: "Payments", row: 0 },
      date: isoOf(day),
      amount: money(fmt(amount)),
      currency: "CNY",
      direction: amount < 0n ? "out" : "in",
      payer,
      reference: `TX${seed}${String(pSeq).padStart(9, "0")}`,
      memo,
      method: "bank",
      status: "ok" as PaymentStatus,
      ...extra,
    };
    payments.push(p);
    return p;
  };
  const noisyRef = (ref: string): string => {
    const r = rnd();
    if (r < 0.3) return `货款${ref}`;
    if (r < 0.45) return `付${ref.replace(/-/g, "")}款`;
    if (r < 0.6) return `${ref.replace(/-/g, " ").replace(/^([A-Z]+)(\d)/, "$1 $2")} 货款`;
    if (r < 0.7) return fullWidth(ref);
    if (r < 0.85) return `${pick(PEOPLE)}代付 ${ref} 结算款`;
    return `RE:${ref.toLowerCase()}`;
  };
  const pair = (s: Settlement, p: Payment, scenario: Scenario): void => {
    truth.pairs.push({ settlementId: s.id, paymentId: p.id, scenario });
  };

  let made = 0;
  while (made < n) {
    const c = pick(customers);
    const issue = DAY0 + int(0, 300);
    const due = issue + 30;
    const payDay = due + int(-20, 20);
    const amount = cents(100, 99999);
    const r = rnd();
    if (r < 0.4) {
      // Sometimes a person pays on the company's behalf: only the reference ties it.
      const s = newS(c, amount, issue);
      const payer = rnd() < 0.15 ? pick(PEOPLE) : payerVariant(c);
      pair(s, newP(payer, amount, payDay, noisyRef(s.ref)), "ref-exact");
      made += 1;
    } else if (r < 0.7) {
      // Mostly on time; a few paid months late (outside the date window).
      const s = newS(c, amount, issue);
      const day = rnd() < 0.04 ? due + int(100, 200) : payDay;
      pair(s, newP(payerVariant(c), amount, day, pick(GENERIC_MEMO)), "name-amount");
      made += 1;
    } else if (r < 0.75) {
      const s = newS(c, amount, issue);
      const fee = BigInt(pick([500, 1000, 1500, 2000, 2500]));
      const withRef = rnd() < 0.5;
      pair(s, newP(payerVariant(c), amount - fee, payDay, withRef ? noisyRef(s.ref) : pick(GENERIC_MEMO)), "fee");
      made += 1;
    } else if (r < 0.8) {
      const k = int(2, 4);
      const ss = Array.from({ length: k }, (_, j) => newS(c, cents(100, 30000), issue + j * 3));
      const total = ss.reduce((t, s) => t + BigInt(s.amount.times(100).toFixed(0)), 0n);
      const memo = rnd() < 0.5 ? pick(GENERIC_MEMO) : `货款 ${ss.map((s) => s.ref).join(",")}`;
      // A third of combined transfers arrive less the bank's fee (手续费).
      const fee = rnd() < 0.33 ? BigInt(pick([500, 1000, 1500])) : 0n;
      const p = newP(payerVariant(c), total - fee, payDay + 10, memo);
      for (const s of ss) pair(s, p, "combined");
      made += k;
    } else if (r < 0.84) {
      const s = newS(c, amount, issue);
      const first = (amount * BigInt(int(30, 70))) / 100n;
      const withRef = rnd() < 0.7;
      const memo = (): string => (withRef ? noisyRef(s.ref) : pick(GENERIC_MEMO));
      pair(s, newP(payerVariant(c), first, payDay - 10, memo()), "instalments");
      pair(s, newP(payerVariant(c), amount - first, payDay + 15, memo()), "instalments");
      made += 1;
    } else if (r < 0.86) {
      const s = newS(c, amount, issue);
      pair(s, newP(payerVariant(c), amount + cents(100, 1000), payDay, noisyRef(s.ref)), "overpayment");
      made += 1;
    } else if (r < 0.88) {
      const s = newS(c, amount, issue);
      pair(s, newP(payerVariant(c), (amount * BigInt(int(30, 70))) / 100n, payDay, noisyRef(s.ref)), "partial");
      made += 1;
    } else if (r < 0.9) {
      newS(c, amount, issue);
      newS(c, amount, issue);
      const p = newP(payerVariant(c), amount, payDay, pick(GENERIC_MEMO));
      truth.ambiguousPayments.add(p.id);
      made += 2;
    } else {
      newS(c, amount, issue);
      made += 1;
    }
    // Noise on the payment side, roughly in proportion.
    const q = rnd();
    if (q < 0.03) {
      const last = payments[payments.length - 1];
      if (last && last.status === "ok") {
        pSeq += 1;
        const dup = { ...last, id: `tmp-p-${pSeq}` };
        payments.push(dup);
        truth.nonReceipts.set(dup.id, "duplicate");
        truth.duplicates.set(dup.id, truth.duplicates.get(last.id) ?? last.id);
      }
    } else if (q < 0.11) {
      // Unrelated credits: interest, people, companies that are not customers.
      const payer = rnd() < 0.5 ? pick(PEOPLE) : `${pick(CITIES)}${pick(["远洋", "星河", "百川", "九州"])}${pick(TRADE)}有限公司`;
      const p = newP(payer, cents(10, 50000), DAY0 + int(0, 330), pick(["利息", "退款", "其他", "往来款", ""]));
      truth.unrelated.add(p.id);
    } else if (q < 0.115) {
      // Invalid rows: a zero amount, or a currency no settlement is in (and no rate).
      const zero = rnd() < 0.5;
      const p = newP(payerVariant(c), zero ? 0n : amount, payDay, "货款", zero ? {} : { currency: "USD" });
      truth.nonReceipts.set(p.id, zero ? "zero" : "currency");
    } else if (q < 0.125) {
      const p = newP(payerVariant(c), amount, payDay, "交易关闭", { status: rnd() < 0.5 ? "closed" : "refunded", method: "alipay" });
      truth.nonReceipts.set(p.id, p.status);
    } else if (q < 0.135) {
      const p = newP(pick(["电费", "房租", "工资"]), -cents(100, 20000), DAY0 + int(0, 330), "付款");
      truth.nonReceipts.set(p.id, "outgoing");
    }
  }
  return relabel({ settlements, payments, truth }, rnd);
}

/**
 * A row as a reader hands it over: its objects and texts allocated afresh, one row after the other
 * in sheet order, as a reader parsing the sheet allocates them. Without this the shuffled rows
 * would keep the memory layout of the order they were generated in, and every sweep in sheet
 * order would jump around the heap at random, which no book read from a file or a workbook does.
 */
function asRead<T extends object>(row: T): T {
  // A spread keeps the row's shape (its fields stay in the object); each value is then copied.
  const copy = { ...row } as Record<string, unknown>;
  for (const key of Object.keys(copy)) {
    const value = copy[key];
    if (typeof value === "string") copy[key] = freshString(value);
    else if (isMoney(value)) copy[key] = new Money(value);
    else if (typeof value === "object" && value !== null) copy[key] = asRead(value);
  }
  return copy as T;
}

/** A copy of `s` allocated now: JS has no string copy, but flattening a concatenation makes one. */
function freshString(s: string): string {
  return `${s} `.slice(0, -1);
}

/** Shuffles rows and gives the ids of a real sheet ("Sheet!row"), so row order says nothing. */
function relabel(book: GeneratedBook, rnd: () => number): GeneratedBook {
  const shuffle = <T>(xs: T[]): T[] => {
    for (let i = xs.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rnd() * (i + 1));
      [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
    }
    return xs;
  };
  const sIds = new Map<string, string>();
  const pIds = new Map<string, string>();
  shuffle(book.settlements).forEach((s, k) => {
    const id = `Settlements!${k + 2}`;
    sIds.set(s.id, id);
    s.id = id;
    s.source = { sheet: "Settlements", row: k + 2 };
  });
  shuffle(book.payments).forEach((p, k) => {
    const id = `Payments!${k + 2}`;
    pIds.set(p.id, id);
    p.id = id;
    p.source = { sheet: "Payments", row: k + 2 };
  });
  const t = book.truth;
  return {
    settlements: book.settlements.map(asRead),
    payments: book.payments.map(asRead),
    truth: {
      pairs: t.pairs.map((x) => ({ ...x, settlementId: sIds.get(x.settlementId) ?? "", paymentId: pIds.get(x.paymentId) ?? "" })),
      ambiguousPayments: new Set([...t.ambiguousPayments].map((id) => pIds.get(id) ?? "")),
      nonReceipts: new Map([...t.nonReceipts].map(([id, k]) => [pIds.get(id) ?? "", k])),
      unrelated: new Set([...t.unrelated].map((id) => pIds.get(id) ?? "")),
      duplicates: new Map([...t.duplicates].map(([a, b]) => [pIds.get(a) ?? "", pIds.get(b) ?? ""])),
    },
  };
}
